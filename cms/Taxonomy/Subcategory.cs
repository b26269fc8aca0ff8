using Knowledge.Cms.Common;

namespace Knowledge.Cms.Taxonomy;

/// <summary>Second level of the taxonomy.</summary>
public sealed class Subcategory : IEntity
{
    public int Id { get; set; }
    public int CategoryId { get; set; }
    public Category? Category { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Position { get; set; }
    public List<IssueType> IssueTypes { get; set; } = [];
    public int Version { get; set; }
}
