namespace Knowledge.Cms.Languages;

/// <summary>
/// A naive Bayes scorer over the n-grams and words of one script group, built from <see cref="LanguageGroupData"/>
/// with the weights folded into dense tables so scoring is a dictionary lookup and a few additions per n-gram.
/// </summary>
internal sealed class LanguageGroupModel
{
    private readonly NgramTable ngrams;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordRows;
    private readonly float[] wordScores;

    public LanguageGroupModel(LanguageGroupData data)
    {
        Data = data;
        var count = data.Languages.Length;
        ngrams = new NgramTable(data.NgramKeys, count, (row, l) =>
        {
            var order = NgramText.Order(data.NgramKeys[row]);
            var q = data.NgramValues[row * count + l];
            var logp = q == LanguageGroupData.Unseen ? data.NgramFloors[l * (NgramText.MaxOrder + 1) + order] : -q * LanguageGroupData.Step;
            return data.OrderWeights[order] * logp;
        });
        var words = new Dictionary<string, int>(data.Words.Length, StringComparer.Ordinal);
        wordScores = new float[data.Words.Length * count];
        for (var row = 0; row < data.Words.Length; row++)
        {
            words[data.Words[row]] = row;
            for (var l = 0; l < count; l++)
            {
                var q = data.WordValues[row * count + l];
                var logp = q == LanguageGroupData.Unseen ? data.WordFloors[l] : -q * LanguageGroupData.Step;
                wordScores[row * count + l] = data.WordWeight * logp;
            }
        }
        wordRows = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LanguageGroupData Data { get; }

    public IReadOnlyList<string> Languages => Data.Languages;

    /// <summary>Fills <paramref name="probabilities"/> (one per language of the group) for a normalised text.</summary>
    public void Classify(ReadOnlySpan<char> normalized, Span<double> probabilities)
    {
        var count = Data.Languages.Length;
        var scores = probabilities;
        Span<float> sums = stackalloc float[ngrams.Stride];
        sums.Clear();
        var visitor = new Accumulator(ngrams, sums);
        NgramText.ForEachNgram(normalized, ref visitor);
        for (var l = 0; l < count; l++) scores[l] = sums[l];
        if (Data.UsesWords) AddWords(normalized, scores);
        Softmax(scores, Data.Beta);
    }

    private void AddWords(ReadOnlySpan<char> normalized, Span<double> scores)
    {
        var count = scores.Length;
        var start = 1;
        for (var i = 1; i < normalized.Length; i++)
        {
            if (normalized[i] != ' ') continue;
            if (i > start && wordRows.TryGetValue(normalized[start..i], out var row))
                for (var l = 0; l < count; l++) scores[l] += wordScores[row * count + l];
            start = i + 1;
        }
    }

    private static void Softmax(Span<double> scores, double beta)
    {
        var max = double.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++) sum += scores[i] = Math.Exp(beta * (scores[i] - max));
        for (var i = 0; i < scores.Length; i++) scores[i] /= sum;
    }

    private readonly ref struct Accumulator(NgramTable table, Span<float> sums) : INgramVisitor
    {
        private readonly Span<float> sums = sums;

        public void Visit(ulong key, int order) => table.AddTo(key, sums);
    }
}
