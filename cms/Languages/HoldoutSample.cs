namespace Knowledge.Cms.Languages;

/// <summary>A held-out training line, or a word pair or word cut from it, used to tune and calibrate the profile.</summary>
internal sealed record HoldoutSample(int Language, string Kind, string Text)
{
    public const string Sentence = "sentence";
    public const string WordPair = "word-pair";
    public const string SingleWord = "single-word";

    public static IEnumerable<HoldoutSample> Cut(int language, string line, string group, int seed)
    {
        var random = new Random(seed * 31 + language);
        if (group == LanguageGroupSpec.Han)
        {
            // Only runs of Han characters matter here: text with kana is Japanese before any statistics are consulted.
            var runs = HanRuns(line).Where(r => r.Length >= 2).ToList();
            if (runs.Count == 0) yield break;
            var longest = runs.MaxBy(r => r.Length)!;
            yield return new(language, Sentence, longest);
            var run = runs[random.Next(runs.Count)];
            yield return new(language, SingleWord, run.Length <= 3 ? run : run.Substring(random.Next(run.Length - 2), 2 + random.Next(2)));
            yield break;
        }
        yield return new(language, Sentence, line);
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(TrimChars))
            .Select(w => w.All(Scripts.IsLetterOrMark) && w.Length >= 2 ? w : null).ToList();
        var singles = words.Where(w => w is not null).ToList();
        if (singles.Count > 0) yield return new(language, SingleWord, singles[random.Next(singles.Count)]!);
        var pairs = Enumerable.Range(0, Math.Max(0, words.Count - 1)).Where(i => words[i] is not null && words[i + 1] is not null).ToList();
        if (pairs.Count > 0)
        {
            var i = pairs[random.Next(pairs.Count)];
            yield return new(language, WordPair, words[i] + " " + words[i + 1]);
        }
    }

    private static readonly char[] TrimChars = ".,;:!?¡¿\"'«»„“”‘’()[]{}-–—…".ToCharArray();

    private static IEnumerable<string> HanRuns(string line)
    {
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var isHan = i < line.Length && Scripts.Of(line[i]) == Script.Han;
            if (isHan && start < 0) start = i;
            else if (!isHan && start >= 0)
            {
                yield return line[start..i];
                start = -1;
            }
        }
    }
}
