using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Translation;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Languages;

/// <summary>Translation's field on LocalizedArticle: what the translation job found about this revision.</summary>
public static class TranslationReportFields
{
    public static void AddTranslationReportField(this ObjectGraphType<LocalizedContent> article)
    {
        article.Field<TranslationReportGraphType>("translationReport")
            .Description("For a revision written by translateArticle: glossary violations, structure differences, which paragraphs were machine-translated and which still need a translator. Null for text written by a person. Staff only.")
            .Requires(AccessLevel.Staff)
            .Resolve(c => c.LoadOne<TranslationReportReader, TranslationReport>("article.translationReport", c.Source.Revision.Id,
                (r, ids, ct) => r.GetByRevisionIdsAsync(ids, ct)));
    }
}

public sealed class TranslationReportGraphType : ObjectGraphType<TranslationReport>
{
    public TranslationReportGraphType()
    {
        Name = "TranslationReport";
        Description = "What a translation job found about the draft it wrote, for the editor who reviews it.";
        Field(r => r.Provider).Description("none, azure-translator or chat:<model>.");
        Field(r => r.State).Description("NEEDS_TRANSLATION (some or all paragraphs hold source text) or MACHINE_TRANSLATED.");
        Field(r => r.Mode).Description("FULL (the whole text) or INCREMENTAL (only the source paragraphs that changed since the previous translation).");
        Field(r => r.SourceRevision).Description("The source-locale revision the draft was made from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("glossaryViolations").Description("Glossary terms the machine translation did not honour.").Resolve(c => c.Source.GlossaryViolations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("structureDifferences").Description("Where the Markdown tree differs from the source's.").Resolve(c => c.Source.StructureDifferences);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes").Description("Provider and job notes.").Resolve(c => c.Source.Notes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("translatedParagraphs").Description("0-based indexes of the paragraphs (blank-line separated blocks) machine-translated by this job.").Resolve(c => c.Source.TranslatedParagraphs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("pendingParagraphs").Description("0-based indexes of the paragraphs that hold source text and need a translator.").Resolve(c => c.Source.PendingParagraphs);
        Field(r => r.KeptParagraphs).Description("Paragraphs kept byte for byte from the previous translation.");
        Field(r => r.BackTranslationScore, nullable: true).Description("chrF (0–1) of the back-translation against the source; null when not computed.");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When the job wrote the draft.").Resolve(c => c.Source.CreatedAt);
    }
}
