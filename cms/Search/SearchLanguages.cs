using Knowledge.Cms.Common;

namespace Knowledge.Cms.Search;

/// <summary>
/// Which analysis a locale gets. Each family has its own fields (<c>title_de</c>, <c>body_de</c>…) so stemming and stop
/// words never mix between languages. Both engines use the same families.
/// </summary>
public static class SearchLanguages
{
    /// <summary>Chinese, Japanese and Korean share overlapping character bigrams.</summary>
    public const string Cjk = "cjk";

    /// <summary>Any other locale: Unicode word segmentation and lower-casing, no stemming.</summary>
    public const string Standard = "std";

    /// <summary>Languages with a stemming analyzer (plus stop words) in Lucene's analysis module.</summary>
    public static readonly IReadOnlyList<string> Stemmed =
        ["en", "de", "fr", "es", "pt", "it", "nl", "ru", "ar", "tr", "el", "hi", "sv", "da", "no", "fi", "hu", "ro", "cs", "fa", "id", "bg", "ca"];

    public static readonly IReadOnlyList<string> Families = [.. Stemmed, Cjk, "th", Standard];

    /// <summary>The analysis family of a locale tag: <c>pt-BR</c> → <c>pt</c>, <c>ja</c> → <c>cjk</c>, <c>pl</c> → <c>std</c>.</summary>
    public static string FamilyOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return Standard;
        var language = Locales.Language(locale);
        return language switch
        {
            "zh" or "ja" or "ko" => Cjk,
            "th" => "th",
            "nb" or "nn" => "no",
            _ => Stemmed.Contains(language) ? language : Standard,
        };
    }
}
