using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common.Paging;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Articles;

/// <summary>The authoring, workflow, feedback and freshness root fields.</summary>
public static class ArticleWriteFields
{
    public static void AddArticleMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateArticlePayloadGraphType>>("createArticle").Description("Creates an article with a first draft revision. Staff only.")
            .Requires(AccessLevel.Staff).Argument<NonNullGraphType<CreateArticleInputGraphType>>("input", "The new article.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) => await s.CreateAsync(c.GetArgument<CreateArticleCommand>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<SaveArticleDraftPayloadGraphType>>("saveArticleDraft").Description("Saves a new revision of one locale (optimistic concurrency on expectedRevision). Staff only.")
            .Requires(AccessLevel.Staff).Argument<NonNullGraphType<SaveArticleDraftInputGraphType>>("input", "The revision.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) => await s.SaveDraftAsync(c.GetArgument<SaveDraftCommand>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ArticleWorkflowPayloadGraphType>>("submitArticleForReview").Description("Moves a draft locale to IN_REVIEW. Staff only.")
            .Requires(AccessLevel.Staff).Argument<NonNullGraphType<ArticleLocaleInputGraphType>>("input", "The locale.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) =>
            {
                var (id, locale) = c.GetArgument<(int, string?)>("input");
                return await s.SubmitForReviewAsync(id, locale, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<PublishArticlePayloadGraphType>>("publishArticle").Description("Publishes a revision now or at publishAt. Admins or keys with the 'editor' scope.")
            .Requires(AccessLevel.Staff).Argument<NonNullGraphType<PublishArticleInputGraphType>>("input", "What to publish.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) => await s.PublishAsync(c.GetArgument<PublishCommand>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ArticleWorkflowPayloadGraphType>>("unpublishArticle").Description("Takes a locale offline (back to DRAFT). Admins or editors.")
            .Requires(AccessLevel.Staff).Argument<NonNullGraphType<ArticleLocaleInputGraphType>>("input", "The locale.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) =>
            {
                var (id, locale) = c.GetArgument<(int, string?)>("input");
                return await s.UnpublishAsync(id, locale, archive: false, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<ArticleWorkflowPayloadGraphType>>("archiveArticle").Description("Archives a locale (offline, kept with its history). Admins or editors.")
            .Requires(AccessLevel.Staff).Argument<NonNullGraphType<ArticleLocaleInputGraphType>>("input", "The locale.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) =>
            {
                var (id, locale) = c.GetArgument<(int, string?)>("input");
                return await s.UnpublishAsync(id, locale, archive: true, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<RollbackArticlePayloadGraphType>>("rollbackArticle").Description("Creates a new draft from an older revision. Staff only.")
            .Requires(AccessLevel.Staff).Argument<NonNullGraphType<RollbackArticleInputGraphType>>("input", "The revision to restore.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) => await s.RollbackAsync(c.GetArgument<RollbackCommand>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<RateArticlePayloadGraphType>>("rateArticle").Description("Records whether an article helped. Any API key (help centers use a partner or public key).")
            .Argument<NonNullGraphType<RateArticleInputGraphType>>("input", "The vote.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) => await s.RateAsync(c.GetArgument<RateCommand>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("markArticleReviewed").Description("Records an accuracy review now (optionally with a new interval in days). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<IdGraphType>>("articleId", "The article.")
            .Argument<IntGraphType>("reviewIntervalDays", "Days until the next review.")
            .Resolve().WithService<ArticleService>().ResolveAsync(async (c, s) =>
            {
                await s.MarkReviewedAsync(GlobalId.Expect(c.GetArgument<string>("articleId"), "Article", "articleId"), c.GetArgument<int?>("reviewIntervalDays"), c.CancellationToken);
                return true;
            });
        mutation.Field<NonNullGraphType<DeprecatedTermGraphType>>("addDeprecatedTerm").Description("Adds a term content must no longer use. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<StringGraphType>>("term", "The term.")
            .Argument<StringGraphType>("replacement", "What to write instead.")
            .Resolve().WithService<DeprecatedTermService>().ResolveAsync(async (c, s) => await s.AddAsync(c.GetArgument<string>("term"), c.GetArgument<string?>("replacement"), c.CancellationToken));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeDeprecatedTerm").Description("Removes a deprecated term. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<StringGraphType>>("term", "The term.")
            .Resolve().WithService<DeprecatedTermService>().ResolveAsync(async (c, s) => await s.RemoveAsync(c.GetArgument<string>("term"), c.CancellationToken));
    }

    public static void AddArticleInsightQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<ReviewDueItemGraphType, ReviewDueItem>>>("reviewDue")
            .Description("Articles whose review interval passed or that mention a deprecated term. Staff only.")
            .Requires(AccessLevel.Staff).PagingArgs(backward: false)
            .Resolve().WithService<ContentInsights>()
            .ResolveAsync(async (c, s) => new PageView<ReviewDueItem>(await s.ReviewDueAsync(c.GetPageRequest(), c.CancellationToken)));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleWithStatsGraphType>>>>("mostViewedArticles")
            .Description("The most viewed articles over recent days. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<IntGraphType>("days", "Look-back window (default 30).")
            .Argument<IntGraphType>("first", $"How many (default 10, at most {PageRequest.MaxPageSize}).")
            .Argument<StringGraphType>("locale", "Read titles in this locale.")
            .Resolve().WithService<ContentInsights>()
            .ResolveAsync(async (c, s) => await s.MostViewedAsync(c.GetArgument<int?>("days") ?? 30, c.GetArgument<int?>("first") ?? 10, c.GetArgument<string?>("locale"), false, c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleWithStatsGraphType>>>>("articlesNeedingAttention")
            .Description("High-traffic articles readers find unhelpful (helpfulness below 50%). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<IntGraphType>("days", "Look-back window (default 30).")
            .Argument<IntGraphType>("first", "How many (default 10).")
            .Resolve().WithService<ContentInsights>()
            .ResolveAsync(async (c, s) => await s.MostViewedAsync(c.GetArgument<int?>("days") ?? 30, c.GetArgument<int?>("first") ?? 10, null, true, c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeprecatedTermGraphType>>>>("deprecatedTerms")
            .Description("Terms content must no longer use. Staff only.")
            .Requires(AccessLevel.Staff)
            .Resolve().WithService<DeprecatedTermService>().ResolveAsync(async (c, s) => await s.ListAsync(c.CancellationToken));
    }
}
