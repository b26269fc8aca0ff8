namespace Knowledge.Cms.Languages;

/// <summary>Unicode block tests for the scripts the detector knows; everything else is <see cref="Script.Other"/>.</summary>
internal static class Scripts
{
    public static Script Of(char c)
    {
        if (c < 0x80) return char.IsAsciiLetter(c) ? Script.Latin : Script.None;
        if (c <= 0x024F) return char.IsLetter(c) ? Script.Latin : Script.None;
        if (c is >= '\u1E00' and <= '\u1EFF') return Script.Latin; // Vietnamese precomposed letters
        if (c is >= '\u0400' and <= '\u052F') return Script.Cyrillic;
        if (c is >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F') return IsLetterOrMark(c) ? Script.Hebrew : Script.None;
        if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            return IsLetterOrMark(c) ? Script.Arabic : Script.None;
        if (c is >= '\u0E00' and <= '\u0E7F') return IsLetterOrMark(c) ? Script.Thai : Script.None;
        if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F') return Script.Hangul;
        if (c is >= '\u3041' and <= '\u309F' or >= '\u30A0' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F')
            return c is '\u30FB' ? Script.None : Script.Kana; // the katakana middle dot is punctuation shared with Chinese
        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or >= '\uD840' and <= '\uD87F'
            or '\u3005')
            return Script.Han;
        return char.IsLetter(c) ? Script.Other : Script.None;
    }

    /// <summary>Whether the character takes part in language statistics (letters and combining marks).</summary>
    public static bool IsLetterOrMark(char c)
    {
        if (char.IsLetter(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// How much one character of a script says about the language: a Han, kana or Hangul character carries roughly
    /// what a short word does in alphabetic text, so a Latin product name does not outweigh a Japanese sentence.
    /// </summary>
    public static double Weight(Script script) => script switch
    {
        Script.Han or Script.Kana or Script.Hangul => 2.5,
        _ => 1.0,
    };
}
