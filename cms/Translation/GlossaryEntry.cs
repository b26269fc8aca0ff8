using Knowledge.Cms.Common;

namespace Knowledge.Cms.Translation;

/// <summary>
/// A stored glossary entry: how <see cref="SourceTerm"/> is rendered in one target locale — a preferred translation,
/// or, when <see cref="Translation"/> is null, protected (never translated: product names, "SSO").
/// <see cref="Locale"/> is a language (<c>de</c>), a regional locale (<c>de-CH</c>, more specific wins) or
/// <see cref="AnyLocale"/> for every target.
/// </summary>
public sealed class GlossaryEntry : IEntity
{
    /// <summary>The locale value of entries that apply to every target locale.</summary>
    public const string AnyLocale = "*";

    public int Id { get; set; }
    public required string Locale { get; set; }
    public required string SourceTerm { get; set; }
    /// <summary>The preferred translation; null = protected.</summary>
    public string? Translation { get; set; }
    public bool CaseSensitive { get; set; }
    /// <summary>Why, for translators and agents ("product name", "legal term in Austria").</summary>
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public bool IsProtected => Translation is null;

    public GlossaryTerm ToTerm() => new(SourceTerm, Translation, CaseSensitive);
}
