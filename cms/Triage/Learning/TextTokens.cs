using System.Globalization;
using System.Text;

namespace Knowledge.Cms.Triage.Learning;

/// <summary>
/// Language-neutral tokens for term matching: lower-cased letter/digit runs for scripts with spaces, character
/// bigrams for CJK (no spaces to split on). Very short Latin tokens are dropped as noise.
/// </summary>
public static class TextTokens
{
    public static IEnumerable<string> Tokenize(string text)
    {
        var word = new StringBuilder();
        char? previousCjk = null;
        foreach (var raw in text.Normalize(NormalizationForm.FormKC))
        {
            var c = char.ToLower(raw, CultureInfo.InvariantCulture);
            if (IsCjk(c))
            {
                if (word.Length > 2) yield return word.ToString();
                word.Clear();
                if (previousCjk is { } p) yield return string.Concat(p, c);
                previousCjk = c;
                continue;
            }
            previousCjk = null;
            if (char.IsLetterOrDigit(c) || c == '\'') { word.Append(c); continue; }
            if (word.Length > 2) yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 2) yield return word.ToString();
    }

    public static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u4dbf' or >= '\u4e00' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';
}
