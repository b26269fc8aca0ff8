namespace Knowledge.Cms.Languages;

/// <summary>
/// The one text normalisation shared by the profile builder and the detector: letters and combining marks lowercased,
/// every other run of characters collapsed to a single space, with a space before and after, so each word is padded
/// and n-grams can mark word starts and ends. N-grams (1–4 characters) never span a word boundary; they are packed
/// into a <see cref="ulong"/> (16 bits per UTF-16 unit; no character is ever 0, so orders cannot collide).
/// </summary>
internal static class NgramText
{
    public const int MaxOrder = 4;

    /// <summary>Writes the normalised form of <paramref name="text"/> to <paramref name="buffer"/> (at least text.Length + 2 long).</summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        buffer[length++] = ' ';
        foreach (var c in text)
        {
            if (Scripts.IsLetterOrMark(c)) buffer[length++] = char.ToLowerInvariant(c);
            else if (buffer[length - 1] != ' ') buffer[length++] = ' ';
        }
        if (buffer[length - 1] != ' ') buffer[length++] = ' ';
        return length;
    }

    public static ulong Key(ReadOnlySpan<char> gram)
    {
        ulong key = 0;
        for (var i = 0; i < gram.Length; i++) key |= (ulong)gram[i] << (16 * i);
        return key;
    }

    public static int Order(ulong key)
    {
        var order = 0;
        while (key != 0) { order++; key >>= 16; }
        return order;
    }

    public static string Text(ulong key)
    {
        Span<char> chars = stackalloc char[MaxOrder];
        var n = 0;
        while (key != 0) { chars[n++] = (char)(key & 0xFFFF); key >>= 16; }
        return new string(chars[..n]);
    }

    /// <summary>Calls <paramref name="visit"/> for every n-gram of a normalised text.</summary>
    public static void ForEachNgram<TVisitor>(ReadOnlySpan<char> normalized, ref TVisitor visit) where TVisitor : struct, INgramVisitor, allows ref struct
    {
        for (var i = 0; i < normalized.Length; i++)
        {
            ulong key = 0;
            for (var n = 1; n <= MaxOrder && i + n <= normalized.Length; n++)
            {
                var c = normalized[i + n - 1];
                key |= (ulong)c << (16 * (n - 1));
                if (n == 1 && c == ' ') break; // a lone space says nothing; windows starting at a space continue below
                if (c == ' ' && n > 1) { visit.Visit(key, n); break; }
                visit.Visit(key, n);
            }
            if (normalized[i] == ' ') VisitFromSpace(normalized, i, ref visit);
        }
    }

    // Windows that start with the padding space: " w", " wo", " wor".
    private static void VisitFromSpace<TVisitor>(ReadOnlySpan<char> normalized, int i, ref TVisitor visit) where TVisitor : struct, INgramVisitor, allows ref struct
    {
        ulong key = ' ';
        for (var n = 2; n <= MaxOrder && i + n <= normalized.Length; n++)
        {
            var c = normalized[i + n - 1];
            key |= (ulong)c << (16 * (n - 1));
            if (c == ' ') break;
            visit.Visit(key, n);
        }
    }
}

/// <summary>Receives n-grams from <see cref="NgramText.ForEachNgram{TVisitor}"/> without allocating.</summary>
internal interface INgramVisitor
{
    void Visit(ulong key, int order);
}
