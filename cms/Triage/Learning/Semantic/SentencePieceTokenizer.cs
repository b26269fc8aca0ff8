using System.Text;

namespace Knowledge.Cms.Triage.Learning.Semantic;

/// <summary>
/// SentencePiece unigram segmentation as the Universal Sentence Encoder's reference tokenizer does it: spaces become
/// "▁", and the most probable split into vocabulary pieces (Viterbi over the pieces' log-probabilities) wins; an
/// unknown character is piece 0, and a run of them one piece 0.
/// </summary>
internal sealed class SentencePieceTokenizer
{
    private const int ReservedPieces = 6; // padding, <s>, </s> and extra ids: never produced by segmentation

    private readonly float[] scores;
    private readonly Dictionary<string, int> pieceIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> pieceLookup;
    private readonly int longestPiece;

    public SentencePieceTokenizer(IReadOnlyList<string> pieces, float[] scores)
    {
        this.scores = scores;
        pieceLookup = pieceIds.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = ReservedPieces; i < pieces.Count; i++)
        {
            pieceIds.TryAdd(pieces[i], i);
            longestPiece = Math.Max(longestPiece, pieces[i].Length);
        }
    }

    /// <summary>
    /// The characters that can hold the first <paramref name="maxPieces"/> pieces: no piece is longer than the longest
    /// in the vocabulary (one more for the separator added at the start).
    /// </summary>
    public int Window(int maxPieces) => (maxPieces + 1) * longestPiece;

    /// <summary>SentencePiece unigram segmentation: the most probable split into vocabulary pieces (Viterbi), unknown characters as piece 0.</summary>
    public List<int> Tokenize(string text)
    {
        text = text.Normalize(NormalizationForm.FormKC);
        var result = new List<int>();
        if (text.Length == 0) return result;
        var s = "\u2581" + text.Replace(' ', '\u2581');
        var n = s.Length;
        var best = new float[n + 1];
        var reached = new bool[n + 1];
        var piece = new int[n + 1];
        var pieceLength = new int[n + 1];
        reached[0] = true;
        for (var i = 0; i < n; i++)
        {
            var matched = false;
            for (var length = 1; length <= Math.Min(longestPiece, n - i); length++)
            {
                if (!pieceLookup.TryGetValue(s.AsSpan(i, length), out var id)) continue;
                matched = true;
                Relax(i, length, scores[id], id);
            }
            if (!matched) Relax(i, 1, 0, 0);
        }
        for (var at = n; at > 0; at -= pieceLength[at]) result.Add(piece[at]);
        result.Reverse();
        for (var i = result.Count - 1; i > 0; i--)
            if (result[i] == 0 && result[i - 1] == 0) result.RemoveAt(i);
        return result;

        void Relax(int start, int length, float score, int id)
        {
            var end = start + length;
            var total = score + best[start];
            if (reached[end] && total < best[end]) return;
            best[end] = total;
            reached[end] = true;
            piece[end] = id;
            pieceLength[end] = length;
        }
    }
}
