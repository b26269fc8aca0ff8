using Knowledge.Cms.Common;

namespace Knowledge.Cms.Translation;

/// <summary>
/// One piece of ticket text (subject, body or a message) in another locale: a cached machine translation, so an
/// agent reopening a ticket does not pay for it again, or the agent's own original of a reply that was sent
/// translated (then <see cref="Origin"/> is <see cref="TicketTextOrigin.AgentOriginal"/>, with the back-translation
/// and its score). <see cref="SourceHash"/> ties it to the exact text it was made from.
/// </summary>
public sealed class TicketTextTranslation : IEntity
{
    public int Id { get; set; }
    public int TicketId { get; set; }
    /// <summary>The message, or null for the ticket's subject or body.</summary>
    public int? MessageId { get; set; }
    public TicketTextPart Part { get; set; }
    /// <summary>The locale of <see cref="Text"/>.</summary>
    public required string Locale { get; set; }
    /// <summary>The language the source text was in (as detected or given).</summary>
    public required string SourceLanguage { get; set; }
    /// <summary>SHA-256 (hex) of the source text.</summary>
    public required string SourceHash { get; set; }
    public required string Text { get; set; }
    public TicketTextOrigin Origin { get; set; }
    /// <summary>Provider name (<c>azure-translator</c>, <c>chat:…</c>) or <c>agent</c>.</summary>
    public required string Provider { get; set; }
    /// <summary>For a sent reply: the translation translated back into the agent's language.</summary>
    public string? BackTranslation { get; set; }
    /// <summary>For a sent reply: chrF of the back-translation against the agent's original (0–1).</summary>
    public double? QualityScore { get; set; }
    /// <summary>For a sent reply: the register it was translated into.</summary>
    public Formality? Formality { get; set; }
    public DateTime CreatedAt { get; set; }
}
