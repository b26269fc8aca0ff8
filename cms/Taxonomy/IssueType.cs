using Knowledge.Cms.Common;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Taxonomy;

/// <summary>Leaf of the taxonomy: what a ticket is about, who owns it and how urgent it is by default.</summary>
public sealed class IssueType : IEntity
{
    public int Id { get; set; }
    public int SubcategoryId { get; set; }
    public Subcategory? Subcategory { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public Priority DefaultPriority { get; set; } = Priority.P3;
    public Severity DefaultSeverity { get; set; } = Severity.Inconvenience;
    public string? ProductArea { get; set; }
    public int? OwningTeamId { get; set; }
    /// <summary>Phrases customers use for this issue; the cold-start training material of triage.</summary>
    public List<string> ExamplePhrases { get; set; } = [];
    /// <summary>Whether a strong knowledge-base match may answer the ticket without an agent.</summary>
    public bool AutoResolvable { get; set; }
    public int Position { get; set; }
    public int Version { get; set; }
}
