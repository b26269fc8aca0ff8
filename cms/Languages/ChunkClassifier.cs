namespace Knowledge.Cms.Languages;

/// <summary>
/// Classifies one sentence-sized piece of text: its dominant script (weighted, so a Latin product name inside a
/// Japanese sentence does not win) picks the candidates; shared scripts are scored by their group model.
/// </summary>
internal sealed class ChunkClassifier
{
    private const int StackLimit = 1024;

    private readonly LanguageGroupModel latin;
    private readonly LanguageGroupModel han;
    private readonly int[] latinIndex;
    private readonly int[] hanIndex;
    private readonly int ar, he, ja, ko, ru, th;

    public ChunkClassifier(LanguageProfile profile, IReadOnlyList<string> languages)
    {
        latin = profile.Group(LanguageGroupSpec.Latin);
        han = profile.Group(LanguageGroupSpec.Han);
        latinIndex = latin.Languages.Select(l => IndexOf(languages, l)).ToArray();
        hanIndex = han.Languages.Select(l => IndexOf(languages, l)).ToArray();
        (ar, he, ja, ko, ru, th) = (IndexOf(languages, "ar"), IndexOf(languages, "he"), IndexOf(languages, "ja"),
            IndexOf(languages, "ko"), IndexOf(languages, "ru"), IndexOf(languages, "th"));
    }

    public static double LetterWeight(char c)
    {
        var script = Scripts.Of(c);
        return script is Script.None or Script.Other ? 0 : Scripts.Weight(script);
    }

    /// <summary>Fills <paramref name="probabilities"/> over all languages and returns the piece's weight (0 = nothing to go on).</summary>
    public double Classify(ReadOnlySpan<char> piece, Span<double> probabilities)
    {
        probabilities.Clear();
        Span<double> weights = stackalloc double[(int)Script.Other + 1];
        foreach (var c in piece)
        {
            var script = Scripts.Of(c);
            weights[(int)script] += Scripts.Weight(script);
        }
        var kana = weights[(int)Script.Kana];
        var cjk = kana + weights[(int)Script.Han];
        var dominant = Script.None;
        var best = 0.0;
        foreach (var script in (ReadOnlySpan<Script>)[Script.Latin, Script.Cyrillic, Script.Arabic, Script.Hebrew, Script.Thai, Script.Hangul, Script.Other])
        {
            if (weights[(int)script] > best) (best, dominant) = (weights[(int)script], script);
        }
        if (cjk > best) (best, dominant) = (cjk, kana > 0 ? Script.Kana : Script.Han);

        switch (dominant)
        {
            case Script.Cyrillic: probabilities[ru] = 1; return best;
            case Script.Arabic: probabilities[ar] = 1; return best;
            case Script.Hebrew: probabilities[he] = 1; return best;
            case Script.Thai: probabilities[th] = 1; return best;
            case Script.Hangul: probabilities[ko] = 1; return best;
            case Script.Kana: probabilities[ja] = 1; return best;
            case Script.Han: Score(han, hanIndex, piece, probabilities); return best;
            case Script.Latin: Score(latin, latinIndex, piece, probabilities); return best;
            default: return 0; // no letters, or a script none of the supported languages uses
        }
    }

    private static void Score(LanguageGroupModel model, int[] index, ReadOnlySpan<char> piece, Span<double> probabilities)
    {
        Span<char> buffer = piece.Length + 2 > StackLimit ? new char[piece.Length + 2] : stackalloc char[piece.Length + 2];
        var length = NgramText.Normalize(piece, buffer);
        Span<double> group = stackalloc double[index.Length];
        model.Classify(buffer[..length], group);
        for (var i = 0; i < index.Length; i++) probabilities[index[i]] = group[i];
    }

    private static int IndexOf(IReadOnlyList<string> languages, string language)
    {
        for (var i = 0; i < languages.Count; i++) if (languages[i] == language) return i;
        throw new InvalidOperationException($"The profile names language '{language}', which the detector does not support.");
    }
}
