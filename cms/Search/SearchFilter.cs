using Knowledge.Cms.Articles;

namespace Knowledge.Cms.Search;

/// <summary>Client filters of a content search; every given list must match (values within a list are alternatives).</summary>
public sealed record SearchFilter(
    IReadOnlyList<ContentKind>? Kinds = null,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Locales = null,
    IReadOnlyList<string>? Tags = null);
