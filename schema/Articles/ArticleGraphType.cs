using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Common;
using Microsoft.Extensions.DependencyInjection;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Taxonomy;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Taxonomy;

namespace Knowledge.Schema.Articles;

/// <summary>An article across its locales; list fields show the locale the list was asked in.</summary>
public sealed class ArticleGraphType : ObjectGraphType<LocalizedContent>
{
    public ArticleGraphType()
    {
        Name = "Article";
        Description = "A knowledge-base item with all its locales. Title and slug are in the locale the list was read in.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is LocalizedContent;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the article.").Resolve(c => GlobalId.Encode("Article", c.Source.Item.Id));
        Field<NonNullGraphType<ContentKindGraphType>>("kind").Description("Kind of item.").Resolve(c => c.Source.Item.Kind);
        Field<NonNullGraphType<AudienceGraphType>>("audience").Description("Who may read it.").Resolve(c => c.Source.Item.Audience);
        Field<NonNullGraphType<StringGraphType>>("sourceLocale").Description("Locale the article is written in.").Resolve(c => c.Source.Item.SourceLocale);
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Slug in the listed locale.").Resolve(c => c.Source.Variant.Slug);
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title in the listed locale.").Resolve(c => c.Source.Revision.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Description("Tags.").Resolve(c => c.Source.Item.Tags);
        Field<StringGraphType>("productArea").Description("Product area.").Resolve(c => c.Source.Item.ProductArea);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When the article was created.").Resolve(c => c.Source.Item.CreatedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("Last change to any locale.").Resolve(c => c.Source.Item.UpdatedAt);
        Field<DateTimeGraphType>("reviewedAt").Description("When the content was last reviewed for accuracy.").Resolve(c => c.Source.Item.ReviewedAt);
        Field<NonNullGraphType<LocalizedArticleGraphType>>("localized").Description("The article in the listed locale (with fallback).").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalizedArticleGraphType>>>>("translations")
            .Description("Every locale of the article the caller may read.")
            .Resolve(c => c.LoadMany<ContentReader, LocalizedContent>("article.translations", c.Source.Item.Id, async (r, ids, ct) =>
            {
                var items = await r.GetItemsByIdsAsync(ids, ct);
                return await r.GetVariantsAsync(items.Values.ToList(), ct);
            }));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleRevisionGraphType>>>>("revisions")
            .Description("Every revision of a locale, newest first (including preserved conflicting edits). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<StringGraphType>("locale", "The locale (default: the listed one).")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ContentInsights>().RevisionsAsync(
                await VariantIdAsync(c), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DiffLineGraphType>>>>("diff")
            .Description("Line diff between two revisions of a locale. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<IntGraphType>>("from", "Older revision number.")
            .Argument<NonNullGraphType<IntGraphType>>("to", "Newer revision number.")
            .Argument<StringGraphType>("locale", "The locale (default: the listed one).")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ContentInsights>().DiffAsync(
                await VariantIdAsync(c), c.GetArgument<int>("from"), c.GetArgument<int>("to"), c.CancellationToken));
        Field<NonNullGraphType<ArticleStatsGraphType>>("stats").Description("Views and helpfulness votes. Staff only.").Requires(AccessLevel.Staff)
            .Resolve(c => c.LoadOne<ContentInsights, ArticleStats>("article.stats", c.Source.Item.Id, (s, ids, ct) => s.StatsAsync(ids, ct)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleGraphType>>>>("related")
            .Description("Related articles the caller may read (articles this one links to with [KB: slug]), in the listed locale.")
            .Resolve(c => c.LoadMany<ContentReader, LocalizedContent>("article.related:" + c.Source.RequestedLocale, c.Source.Item.Id,
                (r, ids, ct) => r.GetRelatedAsync(ids, c.Source.RequestedLocale, ct)));
        Field<CategoryGraphType>("category").Description("Taxonomy category.")
            .Resolve(c => c.LoadOne<TaxonomyReader, Category>("article.category", c.Source.Item.CategoryId, (r, ids, ct) => r.GetCategoriesByIdsAsync(ids, ct)));
    }

    private static async Task<int> VariantIdAsync(IResolveFieldContext<LocalizedContent> context)
    {
        var locale = context.GetArgument<string?>("locale");
        if (locale is null) return context.Source.Variant.Id;
        var normalized = Guard.Locale(locale, "locale");
        var variants = await context.RequestServices!.GetRequiredService<ContentReader>().GetVariantsAsync([context.Source.Item], context.CancellationToken);
        return variants[context.Source.Item.Id].FirstOrDefault(v => v.Variant.Locale == normalized)?.Variant.Id
               ?? throw KnowledgeException.Invalid("locale", $"the article has no '{normalized}' version.");
    }
}
