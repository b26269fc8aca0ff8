using System.Text.RegularExpressions;
using Knowledge.Cms.Triage.Learning;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>Cheap facts about a text: its likely language and whether it holds any prose to classify.</summary>
internal static partial class TextSignals
{
    private static readonly (string Language, string[] Words)[] StopWords =
    [
        ("de", [" und ", " nicht ", " ich ", " wir ", " ist ", " das ", " die ", " der ", " mit ", " bei ", " seit ", " keine ", "ß", "ü"]),
        ("fr", [" le ", " la ", " les ", " est ", " pas ", " nous ", " je ", " une ", " des ", " avec ", " depuis ", " pour ", "ç", "è", "ê", " j'", " n'"]),
        ("es", [" el ", " los ", " las ", " es ", " no ", " nosotros ", " una ", " con ", " desde ", " para ", " que ", " por ", " mi ", " cómo ", " puedo ", "ñ", "¿", "¡"]),
        ("en", [" the ", " and ", " is ", " not ", " we ", " our ", " with ", " since ", " for ", " can't ", " to ", " my "]),
    ];

    /// <summary>A best guess among the supported languages (en, de, fr, es, ja, zh); en when unsure.</summary>
    public static string GuessLanguage(string text)
    {
        int kana = 0, han = 0;
        foreach (var c in text)
        {
            if (c is >= '\u3040' and <= '\u30ff') kana++;
            else if (c is >= '\u4e00' and <= '\u9fff') han++;
        }
        if (kana > 0 && kana + han >= 2) return "ja";
        if (han >= 2) return "zh";
        var padded = " " + text.ToLowerInvariant().Replace('\n', ' ') + " ";
        var best = StopWords.Select(s => (s.Language, Hits: s.Words.Sum(w => CountOf(padded, w)))).OrderByDescending(s => s.Hits).First();
        return best.Hits == 0 ? "en" : best.Language;
    }

    /// <summary>
    /// Whether there is prose to classify once code blocks are removed: at least two word tokens (or CJK bigrams)
    /// and letters making up a fair share of the characters, so binary garbage, emoji and pasted code do not count.
    /// </summary>
    public static bool HasProse(string text)
    {
        var prose = CodeBlock().Replace(text, " ");
        if (prose.Length == 0) return false;
        var letters = prose.Count(char.IsLetter);
        var spaces = prose.Count(char.IsWhiteSpace);
        if ((letters + spaces) < prose.Length * 0.6) return false;
        return TextTokens.Tokenize(prose).Take(2).Count() >= 2;
    }

    private static int CountOf(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    [GeneratedRegex(@"```[\s\S]*?(```|$)|`[^`\n]*`")]
    private static partial Regex CodeBlock();
}
