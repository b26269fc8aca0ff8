using Knowledge.Cms.Common.Paging;

namespace Knowledge.Cms.Search;

/// <summary>A page of hydrated search results (entities re-read from the database as the caller may see them).</summary>
public sealed record SearchResults<T>(
    long TotalCount,
    IReadOnlyList<SearchResultItem<T>> Items,
    int StartOffset,
    IReadOnlyList<SearchFacet> Facets,
    string? Suggestion,
    bool IsFallback)
{
    public bool HasNextPage { get; init; }
    /// <summary>Set when the query was machine-translated into the source locale and the results translated back for display.</summary>
    public SearchTranslation? MachineTranslation { get; init; }
    public bool HasPreviousPage => StartOffset > 0;
    public string? StartCursor => Items.Count == 0 ? null : Items[0].Cursor;
    public string? EndCursor => Items.Count == 0 ? null : Items[^1].Cursor;
}

/// <summary>One result: the entity, its relevance score, highlighted snippets and its cursor.</summary>
public sealed record SearchResultItem<T>(string Cursor, float Score, IReadOnlyList<string> Highlights, T Node)
{
    /// <summary>The title machine-translated into the reader's locale (on-the-fly search translation only).</summary>
    public string? TranslatedTitle { get; init; }

    /// <summary>The snippets machine-translated into the reader's locale, HTML-escaped, without marks.</summary>
    public IReadOnlyList<string>? TranslatedHighlights { get; init; }

    public static string CursorAt(int offset) => PageRequest.EncodeCursor(offset);
}
