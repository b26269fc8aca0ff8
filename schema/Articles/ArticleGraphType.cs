using GraphQL.Types;
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
        Field<CategoryGraphType>("category").Description("Taxonomy category.")
            .Resolve(c => c.LoadOne<TaxonomyReader, Category>("article.category", c.Source.Item.CategoryId, (r, ids, ct) => r.GetCategoriesByIdsAsync(ids, ct)));
    }
}
