namespace Knowledge.Cms.Search;

/// <summary>One search as it was asked: the raw material of <c>searchInsights</c> (top and zero-result queries).</summary>
public sealed class SearchQueryLog
{
    public long Id { get; set; }
    /// <summary>The query text, trimmed and cut to 200 characters.</summary>
    public required string Text { get; set; }
    /// <summary>Lower-cased text with collapsed spaces: what insights group by.</summary>
    public required string NormalizedText { get; set; }
    public string? Locale { get; set; }
    /// <summary><c>content</c> or <c>ticket</c>.</summary>
    public required string Scope { get; set; }
    public int ResultCount { get; set; }
    /// <summary>ANONYMOUS, PARTNER, AGENT or ADMIN.</summary>
    public required string CallerKind { get; set; }
    public DateTime At { get; set; }
}
