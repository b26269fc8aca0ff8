using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Search;
using Knowledge.Schema.Articles;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Search;

public sealed class SearchFilterGraphType : InputObjectGraphType<SearchFilter>
{
    public SearchFilterGraphType()
    {
        Name = "SearchFilter";
        Description = "Narrows a search; each given list must match (values within a list are alternatives). Same values as the facets.";
        Field<ListGraphType<NonNullGraphType<ContentKindGraphType>>>("kinds").Description("Any of these kinds.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").Description("Any of these category slugs.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("locales").Description("Any of these exact locales (e.g. pt-BR).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Any of these tags.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SearchFilter(
        value.List<ContentKind>("kinds"), value.List<string>("categories"), value.List<string>("locales"), value.List<string>("tags"));
}

/// <summary>Input of createSynonymSet / updateSynonymSet.</summary>
public sealed record SynonymSetInput(string? Id, string? Locale, IReadOnlyList<string>? Terms);

public sealed class SynonymSetInputGraphType : InputObjectGraphType<SynonymSetInput>
{
    public SynonymSetInputGraphType()
    {
        Name = "SynonymSetInput";
        Description = "Phrases that mean the same thing; a query containing one also searches the others.";
        Field<IdGraphType>("id").Description("Update only: the set to change.");
        Field<StringGraphType>("locale").Description("Only queries in this language use the set; omit for every language.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("terms").Description("2 to 50 phrases, e.g. [\"log in\", \"sign in\"].");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new SynonymSetInput(value.Value<string>("id"), value.Value<string>("locale"), value.List<string>("terms"));
}
