using Knowledge.Cms.Common;

namespace Knowledge.Cms.Articles;

/// <summary>One locale of a content item: its slug, workflow state and revision pointers.</summary>
public sealed class ContentVariant : IEntity
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public ContentItem? Item { get; set; }
    public required string Locale { get; set; }
    /// <summary>Unique per locale.</summary>
    public required string Slug { get; set; }
    public ContentStatus Status { get; set; }
    /// <summary>Number of the accepted head revision (the current draft).</summary>
    public int CurrentRevision { get; set; }
    /// <summary>How many revision numbers have been allocated (includes preserved conflicting edits).</summary>
    public int RevisionCount { get; set; }
    /// <summary>A revision waiting for <see cref="ScheduledAt"/> to be published by the scheduler.</summary>
    public int? ScheduledRevision { get; set; }
    public DateTime? ScheduledAt { get; set; }
    /// <summary>Number of the revision readers see, when published.</summary>
    public int? PublishedRevision { get; set; }
    public DateTime? PublishedAt { get; set; }
    /// <summary>For a translation: the source-locale revision it was translated from.</summary>
    public int? SourceRevision { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<ContentRevision> Revisions { get; set; } = [];
}
