using Knowledge.Cms.Common;

namespace Knowledge.Cms.Teams;

/// <summary>A support team that owns issue types and their tickets.</summary>
public sealed class Team : IEntity
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<string> Skills { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
