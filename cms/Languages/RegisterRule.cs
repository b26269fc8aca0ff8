using System.Text.RegularExpressions;

namespace Knowledge.Cms.Languages;

/// <summary>
/// Register markers of one language with a T–V distinction (or polite particles): words of formal address, of
/// neutral-polite address and of familiar address, each with the name the language gives that level.
/// </summary>
internal sealed record RegisterRule(
    string Language,
    string FormalLevel,
    Regex Formal,
    string InformalLevel,
    Regex Informal,
    string? Caveat = null,
    string? NeutralLevel = null,
    Regex? Neutral = null);
