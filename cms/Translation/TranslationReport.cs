using Knowledge.Cms.Common;

namespace Knowledge.Cms.Translation;

/// <summary>
/// What a translation job found about the locale revision it wrote, kept for the editors who review it: glossary
/// violations, Markdown structure differences, provider notes, the back-translation score, and — for a draft that
/// was re-translated paragraph by paragraph — which paragraphs were translated and which still need a translator.
/// </summary>
public sealed class TranslationReport : IEntity
{
    public int Id { get; set; }
    /// <summary>The <see cref="Articles.ContentRevision"/> this report describes.</summary>
    public int RevisionId { get; set; }
    public int ItemId { get; set; }
    public required string Locale { get; set; }
    /// <summary>The source-locale revision the draft was made from (the base of the next incremental run).</summary>
    public int SourceRevision { get; set; }
    public required string Provider { get; set; }
    /// <summary>NEEDS_TRANSLATION, MACHINE_TRANSLATED or UP_TO_DATE.</summary>
    public required string State { get; set; }
    /// <summary>FULL (the whole text) or INCREMENTAL (only changed source paragraphs).</summary>
    public required string Mode { get; set; }
    public List<string> GlossaryViolations { get; set; } = [];
    public List<string> StructureDifferences { get; set; } = [];
    public List<string> Notes { get; set; } = [];
    /// <summary>0-based indexes of the draft's paragraphs that were machine-translated by this job.</summary>
    public List<int> TranslatedParagraphs { get; set; } = [];
    /// <summary>0-based indexes of the draft's paragraphs that still hold source text for a human translator.</summary>
    public List<int> PendingParagraphs { get; set; } = [];
    /// <summary>Paragraphs the job kept byte for byte from the previous translation.</summary>
    public int KeptParagraphs { get; set; }
    public double? BackTranslationScore { get; set; }
    public DateTime CreatedAt { get; set; }
}
