using GraphQL.Types;
using Knowledge.Cms.Languages;

namespace Knowledge.Schema.Languages;

public sealed class LanguageDetectionGraphType : ObjectGraphType<LanguageDetection>
{
    public LanguageDetectionGraphType()
    {
        Name = "LanguageDetection";
        Description = "The language of a text. Code blocks, inline code, URLs, e-mail addresses, file paths and stack-trace or log lines are ignored.";
        Field(d => d.Language).Description("ISO 639-1 code of the main language (ar, de, en, es, fr, he, it, ja, ko, nl, pl, pt, ru, th, tr, vi, zh), or 'und' when no natural-language text remains.");
        Field(d => d.Confidence).Description("Calibrated probability (0–1) that the main language is right; for mixed text, the share of the text in that language.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LanguageScoreGraphType>>>>("alternatives")
            .Description("The next most likely languages, most likely first (at most four).")
            .Resolve(c => c.Source.Alternatives);
        Field(d => d.SecondaryLanguage, nullable: true)
            .Description("A second language that makes up a real part of a mixed text (a German ticket quoting an English error message: 'en'); null when there is none.");
    }
}

public sealed class LanguageScoreGraphType : ObjectGraphType<LanguageScore>
{
    public LanguageScoreGraphType()
    {
        Name = "LanguageScore";
        Description = "A candidate language with its confidence.";
        Field(s => s.Language).Description("ISO 639-1 language code.");
        Field(s => s.Confidence).Description("Probability (0–1).");
    }
}
