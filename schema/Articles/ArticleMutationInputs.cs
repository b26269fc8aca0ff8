using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Articles;

public sealed class CreateArticleInputGraphType : InputObjectGraphType<CreateArticleCommand>
{
    public CreateArticleInputGraphType()
    {
        Name = "CreateArticleInput";
        Description = "A new article, FAQ or guide with its first revision (a draft) in its source locale.";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Slug in this locale (lowercase, digits, hyphens; unique per locale).");
        Field<NonNullGraphType<StringGraphType>>("locale").Description("Source locale, e.g. en.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title (or the question, for FAQs).");
        Field<NonNullGraphType<StringGraphType>>("body").Description("Markdown body (or the answer), at most 512 KB by default.");
        Field<ContentKindGraphType>("kind").Description("Default ARTICLE.");
        Field<AudienceGraphType>("audience").Description("Default PUBLIC.");
        Field<IdGraphType>("categoryId").Description("Taxonomy category.");
        Field<StringGraphType>("summary").Description("Summary / meta description.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("alternativePhrasings").Description("Other ways customers phrase it (search synonyms).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Tags.");
        Field<StringGraphType>("productArea").Description("Product area.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("issueTypeIds").Description("Issue types this content answers.");
        Field<StringGraphType>("changeNote").Description("Why it was written.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateArticleCommand(
        value.Value<string>("slug"), value.Value<string>("locale"), value.Value<string>("title"), value.Value<string>("body"),
        value.Value<ContentKind?>("kind"), value.Value<Audience?>("audience"), value.Id("categoryId", "Category", "input.categoryId"),
        value.Value<string>("summary"), value.List<string>("alternativePhrasings"), value.List<string>("tags"), value.Value<string>("productArea"),
        value.List<string>("issueTypeIds")?.Select((id, i) => GlobalId.Expect(id, "IssueType", $"input.issueTypeIds[{i}]")).ToList(),
        value.Value<string>("changeNote"));
}

public sealed class SaveArticleDraftInputGraphType : InputObjectGraphType<SaveDraftCommand>
{
    public SaveArticleDraftInputGraphType()
    {
        Name = "SaveArticleDraftInput";
        Description = "A new revision of one locale. Omitted fields keep the current draft's values. A new locale starts with expectedRevision 0.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("The article.");
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale to save (a new locale starts a translation).");
        Field<NonNullGraphType<IntGraphType>>("expectedRevision").Description("The revision you edited; a stale value fails with CONFLICT (your text is kept as a revision).");
        Field<StringGraphType>("title").Description("Title.");
        Field<StringGraphType>("body").Description("Markdown body.");
        Field<StringGraphType>("summary").Description("Summary / meta description.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("alternativePhrasings").Description("Search synonyms.");
        Field<StringGraphType>("slug").Description("New slug for this locale (the old one keeps resolving); required for a new locale.");
        Field<StringGraphType>("changeNote").Description("Why it changed.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SaveDraftCommand(
        GlobalId.Expect(value.Value<string>("articleId"), "Article", "input.articleId"), value.Value<string>("locale"),
        value.Value<int>("expectedRevision"), value.Value<string>("title"), value.Value<string>("body"), value.Value<string>("summary"),
        value.List<string>("alternativePhrasings"), value.Value<string>("slug"), value.Value<string>("changeNote"));
}

public sealed class PublishArticleInputGraphType : InputObjectGraphType<PublishCommand>
{
    public PublishArticleInputGraphType()
    {
        Name = "PublishArticleInput";
        Description = "Publish a revision of one locale, now or at publishAt. Admins or keys with the 'editor' scope.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("The article.");
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale.");
        Field<IntGraphType>("revision").Description("Revision to publish (default: the current draft). Older revisions may be published.");
        Field<DateTimeGraphType>("publishAt").Description("Publish later, at this instant (the scheduler runs every 30 s).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new PublishCommand(
        GlobalId.Expect(value.Value<string>("articleId"), "Article", "input.articleId"), value.Value<string>("locale"),
        value.Value<int?>("revision"), value.Value<DateTime?>("publishAt"));
}

public sealed class RollbackArticleInputGraphType : InputObjectGraphType<RollbackCommand>
{
    public RollbackArticleInputGraphType()
    {
        Name = "RollbackArticleInput";
        Description = "Create a new draft with the text of an older revision.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("The article.");
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale.");
        Field<NonNullGraphType<IntGraphType>>("toRevision").Description("The revision whose text to restore.");
        Field<IntGraphType>("expectedRevision").Description("The current revision you saw (optional concurrency check).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RollbackCommand(
        GlobalId.Expect(value.Value<string>("articleId"), "Article", "input.articleId"), value.Value<string>("locale"),
        value.Value<int>("toRevision"), value.Value<int?>("expectedRevision"));
}

public sealed class RateArticleInputGraphType : InputObjectGraphType<RateCommand>
{
    public RateArticleInputGraphType()
    {
        Name = "RateArticleInput";
        Description = "A reader's answer to \"was this helpful?\".";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("The article.");
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale that was read.");
        Field<NonNullGraphType<BooleanGraphType>>("helpful").Description("Whether it helped.");
        Field<StringGraphType>("comment").Description("Optional comment (at most 2,000 characters).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new RateCommand(
        GlobalId.Expect(value.Value<string>("articleId"), "Article", "input.articleId"), value.Value<string>("locale"),
        value.Value<bool>("helpful"), value.Value<string>("comment"));
}

public sealed class ArticleLocaleInputGraphType : InputObjectGraphType<object>
{
    public ArticleLocaleInputGraphType()
    {
        Name = "ArticleLocaleInput";
        Description = "One locale of an article.";
        Field<NonNullGraphType<IdGraphType>>("articleId").Description("The article.");
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        (GlobalId.Expect(value.Value<string>("articleId"), "Article", "input.articleId"), value.Value<string>("locale"));
}
