using Knowledge.Cms.Common;

namespace Knowledge.Cms.Translation;

/// <summary>Maps our locale codes to the codes translation providers expect, validating them first.</summary>
internal static class ProviderLanguages
{
    /// <summary>A valid locale (VALIDATION naming <paramref name="field"/> otherwise) as Azure Translator spells it.</summary>
    public static string ForAzure(string locale, string field)
    {
        var normalized = Guard.Locale(locale, field);
        return normalized switch
        {
            "zh-TW" or "zh-HK" or "zh-MO" or "zh-Hant" => "zh-Hant",
            _ when normalized.StartsWith("zh", StringComparison.Ordinal) => "zh-Hans",
            "pt-PT" => "pt-pt",
            "fr-CA" => "fr-ca",
            _ => Locales.Language(normalized),
        };
    }

    /// <summary>The ISO 639-1 part of a provider's answer (<c>zh-Hans</c> → <c>zh</c>).</summary>
    public static string Language(string code) => Locales.Language(code);

    /// <summary>An English name for prompts (<c>de-CH</c> → "German (Switzerland)"), or the code itself.</summary>
    public static string DisplayName(string locale)
    {
        try
        {
            return System.Globalization.CultureInfo.GetCultureInfo(locale).EnglishName;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return locale;
        }
    }
}
