using System.Text.RegularExpressions;
using Knowledge.Cms.Triage.Learning;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>Cheap facts about a text: its likely language and whether it holds any prose to classify.</summary>
internal static partial class TextSignals
{
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

    [GeneratedRegex(@"```[\s\S]*?(```|$)|`[^`\n]*`")]
    private static partial Regex CodeBlock();
}
