namespace Knowledge.Cms.Articles;

/// <summary>Conditions on content lists.</summary>
public sealed record ContentFilter(
    IReadOnlyList<ContentKind>? Kinds = null,
    int? CategoryId = null,
    string? Tag = null,
    Audience? Audience = null,
    ContentStatus? Status = null);
