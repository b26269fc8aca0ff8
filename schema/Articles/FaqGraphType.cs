using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Taxonomy;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Taxonomy;

namespace Knowledge.Schema.Articles;

public sealed class FaqGraphType : ObjectGraphType<LocalizedContent>
{
    public FaqGraphType()
    {
        Name = "Faq";
        Description = "A frequently asked question with its answer, in the listed locale (with fallback).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id (an Article id: FAQs are articles of kind FAQ).")
            .Resolve(c => GlobalId.Encode("Article", c.Source.Item.Id));
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Slug in the served locale.").Resolve(c => c.Source.Variant.Slug);
        Field<NonNullGraphType<StringGraphType>>("question").Description("The question.").Resolve(c => c.Source.Revision.Title);
        Field<NonNullGraphType<StringGraphType>>("answer").Description("The answer, Markdown.").Resolve(c => c.Source.Revision.Body);
        Field<NonNullGraphType<StringGraphType>>("locale").Description("The locale asked for.").Resolve(c => c.Source.RequestedLocale);
        Field<NonNullGraphType<StringGraphType>>("resolvedLocale").Description("The locale served.").Resolve(c => c.Source.Variant.Locale);
        Field<NonNullGraphType<BooleanGraphType>>("isFallback").Description("True when another locale was served.").Resolve(c => c.Source.IsFallback);
        Field<NonNullGraphType<AudienceGraphType>>("audience").Description("Who may read it.").Resolve(c => c.Source.Item.Audience);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Description("Tags.").Resolve(c => c.Source.Item.Tags);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("Last change.").Resolve(c => c.Source.Item.UpdatedAt);
        Field<CategoryGraphType>("category").Description("Taxonomy category.")
            .Resolve(c => c.LoadOne<TaxonomyReader, Category>("faq.category", c.Source.Item.CategoryId, (r, ids, ct) => r.GetCategoriesByIdsAsync(ids, ct)));
    }
}
