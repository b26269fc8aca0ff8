namespace Knowledge.Cms.Articles;

/// <summary>An admin-managed term that should no longer appear in content (old product names, retired features).</summary>
public sealed class DeprecatedTerm
{
    public int Id { get; set; }
    public required string Term { get; set; }
    public string? Replacement { get; set; }
    public DateTime CreatedAt { get; set; }
}
