using System.Globalization;

namespace Knowledge.Cms.Common;

/// <summary>Locale codes: validation, normalisation and the fallback chain (pt-BR → pt → source).</summary>
public static class Locales
{
    private static readonly HashSet<string> Neutral = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
        .Select(c => c.Name.ToLowerInvariant()).Where(n => n.Length is 2 or 3).ToHashSet();

    private static readonly HashSet<string> RightToLeft = ["ar", "he", "fa", "ur"];

    public static bool TryNormalize(string tag, out string normalized)
    {
        normalized = "";
        var parts = tag.Trim().Replace('_', '-').Split('-');
        if (parts.Length is 0 or > 3) return false;
        var language = parts[0].ToLowerInvariant();
        if (!Neutral.Contains(language)) return false;
        var result = language;
        foreach (var part in parts.Skip(1))
        {
            if (part.Length == 2 && part.All(char.IsAsciiLetter)) result += "-" + part.ToUpperInvariant();
            else if (part.Length == 4 && part.All(char.IsAsciiLetter)) result += "-" + char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant();
            else if (part.Length == 3 && part.All(char.IsAsciiDigit)) result += "-" + part;
            else return false;
        }
        normalized = result;
        return true;
    }

    /// <summary>The language part of a tag: <c>pt-BR</c> → <c>pt</c>.</summary>
    public static string Language(string locale) => locale.Split('-')[0].ToLowerInvariant();

    /// <summary>Candidates in order: the tag itself, its parents, then the item's source locale.</summary>
    public static IReadOnlyList<string> FallbackChain(string locale, string sourceLocale)
    {
        var chain = new List<string>();
        var parts = locale.Split('-');
        for (var n = parts.Length; n > 0; n--)
        {
            var candidate = string.Join('-', parts.Take(n));
            if (!chain.Contains(candidate)) chain.Add(candidate);
        }
        if (!chain.Contains(sourceLocale)) chain.Add(sourceLocale);
        return chain;
    }

    public static bool IsRightToLeft(string locale) => RightToLeft.Contains(Language(locale));
}
