namespace Knowledge.Cms.Articles;

/// <summary>A slug a locale variant used to have; old links keep resolving.</summary>
public sealed class SlugHistoryEntry
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public required string Locale { get; set; }
    public required string Slug { get; set; }
    public DateTime ReplacedAt { get; set; }
}
