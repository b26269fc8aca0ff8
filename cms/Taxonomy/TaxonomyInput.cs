using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Taxonomy;

/// <summary>Fields of a taxonomy node (category, subcategory or issue type); which apply depends on the level.</summary>
public sealed record TaxonomyInput(
    string? Slug = null,
    string? Name = null,
    string? Description = null,
    int? ParentId = null,
    TaxonomyLevel? ParentLevel = null,
    Priority? DefaultPriority = null,
    Severity? DefaultSeverity = null,
    string? ProductArea = null,
    int? OwningTeamId = null,
    IReadOnlyList<string>? ExamplePhrases = null,
    bool? AutoResolvable = null);
