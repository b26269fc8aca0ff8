using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Languages;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Languages;

/// <summary>The language root fields.</summary>
public static class LanguageFields
{
    public static void AddLanguageQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<LanguageDetectionGraphType>>("detectLanguage")
            .Description($"Detects the language of a text (up to {LanguageDetector.MaxInputLength:N0} characters; the first {LanguageDetector.MaxAnalyzedLength:N0} are analysed). Anyone may call it.")
            .Requires(AccessLevel.Public)
            .Argument<NonNullGraphType<StringGraphType>>("text", "The text: a ticket, a message, a search query, even a single word.")
            .Resolve().WithService<LanguageDetector>()
            .Resolve((c, detector) => detector.DetectInput(c.GetArgument<string>("text"), "text"));
    }
}
