namespace Knowledge.Cms.Search;

/// <summary>An engine-level query: validated text, expansions and every restriction the engine must apply.</summary>
public sealed record SearchQuery
{
    public required string Text { get; init; }
    public SearchDocumentType Type { get; init; } = SearchDocumentType.Content;
    /// <summary>Analyse with this locale and keep only documents of its language; null = every item's source locale.</summary>
    public string? Locale { get; init; }
    /// <summary>Synonym phrases to OR with the text (from alternative phrasings and synonym sets).</summary>
    public IReadOnlyList<string> Expansions { get; init; } = [];
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Locales { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Audiences the caller may read; null = no restriction (staff).</summary>
    public IReadOnlyList<string>? Audiences { get; init; }
    public bool PublishedOnly { get; init; }
    /// <summary>Locales (or languages) a restricted partner key may read; empty = all.</summary>
    public IReadOnlyList<string> AllowedLocales { get; init; } = [];
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
    public bool WithFacets { get; init; } = true;
    public bool WithHighlights { get; init; } = true;
    public bool WithSuggestion { get; init; } = true;
}
