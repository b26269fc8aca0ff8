namespace Knowledge.Cms.Search;

/// <summary>What an engine found: one page of hits, the total, facet counts over every match, and a suggestion.</summary>
public sealed record SearchResult(long TotalCount, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SearchFacet> Facets, string? Suggestion)
{
    public static readonly SearchResult Empty = new(0, [], [], null);
}

/// <summary>One matching document with its score and highlighted snippets (matches wrapped in <c>&lt;mark&gt;</c>).</summary>
public sealed record SearchHit(string DocumentId, int EntityId, string Locale, float Score, IReadOnlyList<string> Highlights);

/// <summary>Counts of one field's values over every matching document.</summary>
public sealed record SearchFacet(string Field, IReadOnlyList<SearchFacetValue> Values);

/// <summary>One value of a facet and how many matches carry it.</summary>
public sealed record SearchFacetValue(string Value, long Count);

/// <summary>State of the engine for health checks and admins.</summary>
public sealed record SearchHealth(string Provider, bool Healthy, long Documents, string? Detail);
