namespace Knowledge.Cms.Articles;

/// <summary>A reader's "was this helpful?" answer.</summary>
public sealed class ArticleRating
{
    public long Id { get; set; }
    public int ItemId { get; set; }
    public required string Locale { get; set; }
    public bool Helpful { get; set; }
    public string? Comment { get; set; }
    public string? RaterKind { get; set; }
    public DateTime CreatedAt { get; set; }
}
