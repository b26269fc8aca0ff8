using Knowledge.Cms.Common;

namespace Knowledge.Cms.Taxonomy;

/// <summary>Top level of the support taxonomy (category › subcategory › issue type).</summary>
public sealed class Category : IEntity
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Position { get; set; }
    public List<Subcategory> Subcategories { get; set; } = [];
    public int Version { get; set; }
}
