using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Common;
using Knowledge.Cms.Jobs;
using Knowledge.Cms.Translation;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Jobs;

namespace Knowledge.Schema.Languages;

/// <summary>The translation mutation.</summary>
public static class TranslationFields
{
    public static void AddTranslationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<JobPayloadGraphType>>("translateArticle")
            .Description("Drafts an article in other locales as a job. Without a translation provider the drafts hold the source text marked NEEDS_TRANSLATION (see `translationProvider`); with one they are machine translations for review. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<TranslateArticleInputGraphType>>("input", "The article and the target locales.")
            .Resolve().WithServices<JobService, ICurrentUser>()
            .ResolveAsync(async (c, jobs, user) =>
            {
                var raw = c.GetArgument<TranslateArticleRequest>("input");
                // Checked here, not while parsing the argument, so a bad locale is a VALIDATION error naming the field.
                if (raw.TargetLocales.Count is 0 or > 20) throw KnowledgeException.Invalid("input.targetLocales", $"give 1–20 locales (got {raw.TargetLocales.Count}).");
                var request = raw with { TargetLocales = raw.TargetLocales.Select((l, i) => Guard.Locale(l, $"input.targetLocales[{i}]")).Distinct().ToList() };
                return await jobs.EnqueueAsync(TranslationJobKinds.TranslateArticle, JsonSerializer.Serialize(request), user.Viewer.KeyName, c.CancellationToken);
            });
    }

    public static void AddTranslationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<StringGraphType>>("translationProvider")
            .Description("The configured machine-translation provider: None (drafts need a human translator), AzureTranslator or Chat.")
            .Resolve().WithService<ITranslationProvider>()
            .Resolve((_, provider) => provider.IsConfigured ? provider.Name : "None");
    }
}

public sealed class TranslateArticleInputGraphType : InputObjectGraphType<TranslateArticleRequest>
{
    public TranslateArticleInputGraphType()
    {
        Name = "TranslateArticleInput";
        Description = "What to translate.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("The article (its source locale's current revision is translated).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetLocales").Description("Locales to draft, e.g. [\"de\", \"pt-BR\"]; at most 20.");
        Field<StringGraphType>("formality").Description("DEFAULT, FORMAL or INFORMAL register.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var locales = value.List<string>("targetLocales") ?? [];
        var formality = value.Value<string>("formality") is { } f
            ? Enum.TryParse<Formality>(f, true, out var parsed) ? parsed : throw KnowledgeException.Invalid("input.formality", $"'{f}' is not DEFAULT, FORMAL or INFORMAL.")
            : Formality.Default;
        return new TranslateArticleRequest(GlobalId.Expect(value.Value<string>("articleId"), "Article", "input.articleId"), locales, formality);
    }
}
