using Knowledge.Cms.Common;

namespace Knowledge.Cms.Search;

/// <summary>
/// Admin-managed phrases that mean the same thing (e.g. "log in", "sign in", "access my account"). A query containing
/// one of them is expanded with the others at query time, so changes apply without re-indexing.
/// </summary>
public sealed class SynonymSet : IEntity
{
    public int Id { get; set; }
    /// <summary>Only queries in this language use the set; null = every language.</summary>
    public string? Locale { get; set; }
    public List<string> Terms { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}
