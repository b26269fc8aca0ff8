using Knowledge.Cms.Common;

namespace Knowledge.Cms.Articles;

/// <summary>An immutable saved state of one locale of a content item.</summary>
public sealed class ContentRevision : IEntity
{
    public int Id { get; set; }
    public int VariantId { get; set; }
    /// <summary>1, 2, 3… per variant.</summary>
    public int Number { get; set; }
    public required string Title { get; set; }
    /// <summary>Markdown source.</summary>
    public required string Body { get; set; }
    public string? Summary { get; set; }
    /// <summary>Other ways customers phrase this; indexed as search synonyms.</summary>
    public List<string> AlternativePhrasings { get; set; } = [];
    public string? AuthorName { get; set; }
    public string? ChangeNote { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>A concurrent edit that lost the race: kept so no text is lost, never the head.</summary>
    public bool IsConflict { get; set; }
    /// <summary>For a translation: the source-locale revision this text was translated from.</summary>
    public int? SourceRevision { get; set; }
    /// <summary>How a translation draft was made: NEEDS_TRANSLATION (source text for a human), MACHINE_TRANSLATED, or null (written by a person).</summary>
    public string? TranslationState { get; set; }
}
