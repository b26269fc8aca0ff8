namespace Knowledge.Cms.Articles;

/// <summary>Views of one article in one locale on one day (UTC), flushed in batches from memory.</summary>
public sealed class ArticleViewDay
{
    public long Id { get; set; }
    public int ItemId { get; set; }
    public required string Locale { get; set; }
    public DateOnly Day { get; set; }
    public int Views { get; set; }
}
