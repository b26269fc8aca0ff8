using Knowledge.Cms.Common;

namespace Knowledge.Cms.Articles;

/// <summary>
/// A knowledge item (article, FAQ, guide) independent of language. Its text lives in per-locale
/// <see cref="ContentVariant"/>s, each with an immutable history of <see cref="ContentRevision"/>s.
/// </summary>
public sealed class ContentItem : IEntity
{
    public int Id { get; set; }
    public ContentKind Kind { get; set; }
    public Audience Audience { get; set; }
    /// <summary>The locale the item is written in; translations track revisions of this locale.</summary>
    public required string SourceLocale { get; set; }
    public int? CategoryId { get; set; }
    public List<int> IssueTypeIds { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public string? ProductArea { get; set; }
    public List<int> RelatedItemIds { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public int ReviewIntervalDays { get; set; } = 90;
    public int Version { get; set; }
    public List<ContentVariant> Variants { get; set; } = [];
}
