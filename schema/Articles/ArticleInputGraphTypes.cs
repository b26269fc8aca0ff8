using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Articles;

public sealed class ArticleFilterGraphType : InputObjectGraphType<ContentFilter>
{
    public ArticleFilterGraphType()
    {
        Name = "ArticleFilter";
        Description = "Conditions on articles; all given ones must hold.";
        Field<ListGraphType<NonNullGraphType<ContentKindGraphType>>>("kinds").Description("Any of these kinds.");
        Field<IdGraphType>("categoryId").Description("In this taxonomy category.");
        Field<StringGraphType>("tag").Description("Carrying this tag.");
        Field<AudienceGraphType>("audience").Description("For this audience (you only ever see audiences you may read).");
        Field<ContentStatusGraphType>("status").Description("Staff: with a locale in this workflow state.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ContentFilter(
        value.List<ContentKind>("kinds"), value.Id("categoryId", "Category", "where.categoryId"), value.Value<string>("tag"),
        value.Value<Audience?>("audience"), value.Value<ContentStatus?>("status"));
}

public sealed class FaqFilterGraphType : InputObjectGraphType<ContentFilter>
{
    public FaqFilterGraphType()
    {
        Name = "FaqFilter";
        Description = "Conditions on FAQs.";
        Field<IdGraphType>("categoryId").Description("In this taxonomy category.");
        Field<StringGraphType>("tag").Description("Carrying this tag.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ContentFilter(
        [ContentKind.Faq], value.Id("categoryId", "Category", "where.categoryId"), value.Value<string>("tag"));
}

public sealed class ArticleOrderGraphType : InputObjectGraphType<ContentOrder>
{
    public ArticleOrderGraphType()
    {
        Name = "ArticleOrder";
        Description = "One sort key for articles.";
        Field<NonNullGraphType<ContentOrderFieldGraphType>>("field").Description("What to sort by.");
        Field<SortDirectionGraphType>("direction").Description("ASC or DESC (default).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ContentOrder(value.Value<ContentOrderField>("field"), value.Value<SortDirection?>("direction") ?? SortDirection.Desc);
}
