using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Articles;

/// <summary>The knowledge-content root fields. Visibility by role is enforced in the cms readers' queries.</summary>
public static class ArticleFields
{
    public static void AddArticleQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<ArticleGraphType, LocalizedContent>>>("articles")
            .Description("Knowledge items the caller may read (anonymous: published public; partners: also partner content).")
            .Argument<StringGraphType>("locale", "Read titles in this locale, falling back to the source locale (e.g. pt-BR → pt → en).")
            .PagingArgs()
            .Argument<ArticleFilterGraphType>("where", "Conditions the articles must meet.")
            .Argument<ListGraphType<NonNullGraphType<ArticleOrderGraphType>>>("orderBy", "Sort keys (default: recently updated first).")
            .Resolve().WithService<ContentReader>()
            .ResolveAsync(async (c, reader) => new PageView<LocalizedContent>(await reader.ListAsync(
                c.GetArgument<string?>("locale"), c.GetArgument<ContentFilter?>("where"), c.GetArgument<List<ContentOrder>?>("orderBy"),
                c.GetPageRequest(), c.CancellationToken)));

        query.Field<LocalizedArticleGraphType>("article")
            .Description("A published article by slug (any locale's slug) read in `locale`, with server-side fallback. Null when not found.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "Slug of the article in any locale.")
            .Argument<NonNullGraphType<StringGraphType>>("locale", "Locale to read, e.g. de or pt-BR.")
            .Argument<BooleanGraphType>("preview", "Staff: read the current draft instead of the published revision.")
            .Resolve().WithServices<ContentReader, ArticleViewCounter>()
            .ResolveAsync(async (c, reader, views) =>
            {
                var preview = c.GetArgument<bool?>("preview") ?? false;
                var content = await reader.GetBySlugAsync(c.GetArgument<string>("slug"), c.GetArgument<string>("locale"), preview, c.CancellationToken);
                if (content is not null && !preview) views.Record(content.Item.Id, content.Variant.Locale, DateTime.UtcNow);
                return content;
            });

        query.Field<NonNullGraphType<ConnectionGraphType<FaqGraphType, LocalizedContent>>>("faqs")
            .Description("FAQs the caller may read, in `locale` with fallback.")
            .Argument<StringGraphType>("locale", "Locale to read.")
            .PagingArgs()
            .Argument<FaqFilterGraphType>("where", "Conditions the FAQs must meet.")
            .Resolve().WithService<ContentReader>()
            .ResolveAsync(async (c, reader) => new PageView<LocalizedContent>(await reader.ListAsync(
                c.GetArgument<string?>("locale"), c.GetArgument<ContentFilter?>("where") ?? new ContentFilter([ContentKind.Faq]), null,
                c.GetPageRequest(), c.CancellationToken)));
    }
}
