using GraphQL.Types;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Search;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Articles;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Search;

public sealed class SearchResultsGraphType : ObjectGraphType<SearchResults<LocalizedContent>>
{
    public SearchResultsGraphType()
    {
        Name = "SearchResults";
        Description = "Knowledge content matching a query, best first, with facet counts over every match.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items match, over all pages.").Resolve(c => (int)Math.Min(c.Source.TotalCount, int.MaxValue));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeGraphType>>>>("edges").Description("This page of results with cursors.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<SearchPageInfoGraphType>>("pageInfo").Description("Cursor of the last result and whether more exist.").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetGraphType>>>>("facets")
            .Description("Value counts of kind, category, locale and tags over every match (not just this page).").Resolve(c => c.Source.Facets);
        Field<StringGraphType>("suggestion").Description("\"Did you mean\": a corrected query when nothing matched, else null.").Resolve(c => c.Source.Suggestion);
        Field<NonNullGraphType<BooleanGraphType>>("isFallback")
            .Description("True when nothing matched in the asked locale and these results come from the items' source languages.").Resolve(c => c.Source.IsFallback);
        Field<SearchTranslationGraphType>("machineTranslation")
            .Description("Set when the query was machine-translated into the source locale and the titles and snippets translated back (see SearchHit.translatedTitle); null otherwise.")
            .Resolve(c => c.Source.MachineTranslation);
    }
}

public sealed class SearchPageInfoGraphType : ObjectGraphType<SearchResults<LocalizedContent>>
{
    public SearchPageInfoGraphType()
    {
        Name = "SearchPageInfo";
        Description = "Forward paging of search results.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More results after this page.").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Pass as `after` for the next page.").Resolve(c => c.Source.EndCursor);
    }
}

public sealed class SearchEdgeGraphType : ObjectGraphType<SearchResultItem<LocalizedContent>>
{
    public SearchEdgeGraphType()
    {
        Name = "SearchEdge";
        Description = "One search result with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position; pass as `after`.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<SearchHitGraphType>>("node").Description("The result.").Resolve(c => c.Source);
    }
}

public sealed class SearchHitGraphType : ObjectGraphType<SearchResultItem<LocalizedContent>>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A matching article with its relevance and highlighted snippets.";
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25-based; comparable within one query only).").Resolve(c => (double)c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("highlights")
            .Description("Title and body snippets, HTML-escaped, with matches in <mark>…</mark>.").Resolve(c => c.Source.Highlights);
        Field<NonNullGraphType<LocalizedArticleGraphType>>("article").Description("The article as the caller may read it (re-read from the database).").Resolve(c => c.Source.Node);
        Field<StringGraphType>("translatedTitle").Description("The title machine-translated into the asked locale (on-the-fly search translation only; show it marked as a machine translation).").Resolve(c => c.Source.TranslatedTitle);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("translatedHighlights").Description("The snippets machine-translated into the asked locale, HTML-escaped, without marks (on-the-fly search translation only).").Resolve(c => c.Source.TranslatedHighlights);
    }
}

public sealed class SearchFacetGraphType : ObjectGraphType<SearchFacet>
{
    public SearchFacetGraphType()
    {
        Name = "SearchFacet";
        Description = "Counts of one field's values over every match.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("kind, category, locale or tags.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchFacetValueGraphType>>>>("values").Description("Values, most frequent first (top 20).").Resolve(c => c.Source.Values);
    }
}

public sealed class SearchFacetValueGraphType : ObjectGraphType<SearchFacetValue>
{
    public SearchFacetValueGraphType()
    {
        Name = "SearchFacetValue";
        Description = "One facet value and its count.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value (use it in `filter`).").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Matches with this value.").Resolve(c => (int)c.Source.Count);
    }
}

public sealed class TicketSearchResultsGraphType : ObjectGraphType<SearchResults<Ticket>>
{
    public TicketSearchResultsGraphType()
    {
        Name = "TicketSearchResults";
        Description = "Tickets matching a query in subject, body or messages, best first.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many tickets match.").Resolve(c => (int)Math.Min(c.Source.TotalCount, int.MaxValue));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketSearchEdgeGraphType>>>>("edges").Description("This page of results.").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More results after this page.").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("Pass as `after` for the next page.").Resolve(c => c.Source.EndCursor);
    }
}

public sealed class TicketSearchEdgeGraphType : ObjectGraphType<SearchResultItem<Ticket>>
{
    public TicketSearchEdgeGraphType()
    {
        Name = "TicketSearchEdge";
        Description = "One matching ticket.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position; pass as `after`.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance within this query.").Resolve(c => (double)c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("highlights").Description("Snippets with matches in <mark>…</mark>.").Resolve(c => c.Source.Highlights);
        Field<NonNullGraphType<TicketGraphType>>("ticket").Description("The ticket.").Resolve(c => c.Source.Node);
    }
}
