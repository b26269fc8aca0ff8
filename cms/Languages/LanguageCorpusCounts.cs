using System.Runtime.InteropServices;

namespace Knowledge.Cms.Languages;

/// <summary>N-gram and word counts of one language's training sentences (the builder's raw material; never shipped).</summary>
internal sealed class LanguageCorpusCounts
{
    public Dictionary<ulong, int> Ngrams { get; } = [];
    public long[] NgramTotals { get; } = new long[NgramText.MaxOrder + 1];
    public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);
    public long WordTotal { get; private set; }

    public void Add(string line, bool countWords)
    {
        var buffer = line.Length < 512 ? stackalloc char[line.Length + 2] : new char[line.Length + 2];
        var length = NgramText.Normalize(line, buffer);
        var normalized = buffer[..length];
        var counter = new Counter(this);
        NgramText.ForEachNgram(normalized, ref counter);
        if (!countWords) return;
        foreach (var word in normalized.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(Words, word, out _)++;
            WordTotal++;
        }
    }

    /// <summary>The most frequent n-grams of one order that occur at least twice.</summary>
    public IEnumerable<ulong> Top(int order, int count) =>
        Ngrams.Where(p => p.Value >= 2 && NgramText.Order(p.Key) == order)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(count).Select(p => p.Key);

    public IEnumerable<string> TopWords(int count, int minCount) =>
        Words.Where(p => p.Value >= minCount).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(count).Select(p => p.Key);

    private readonly struct Counter(LanguageCorpusCounts counts) : INgramVisitor
    {
        public void Visit(ulong key, int order)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts.Ngrams, key, out _)++;
            counts.NgramTotals[order]++;
        }
    }
}
