using System.Text;
using Knowledge.Cms.Common;

namespace Knowledge.Cms.Languages;

/// <summary>
/// Detects the language of short and mixed texts. The script decides first (Hangul → ko, kana → ja, Thai, Hebrew,
/// Arabic, Cyrillic → ru); texts in a shared script (Latin, or Han without kana) go to the trained n-gram and word
/// model of that script. Text is cut into sentence-sized chunks so a mixed text yields a primary and a secondary language.
/// Thread-safe and allocation-light; register once.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Longest text the <c>detectLanguage</c> query accepts.</summary>
    public const int MaxInputLength = 100_000;

    /// <summary>Only this many leading characters are analysed: more text does not change the answer.</summary>
    public const int MaxAnalyzedLength = 10_000;

    /// <summary>The languages the detector can return.</summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } =
        ["ar", "de", "en", "es", "fr", "he", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "vi", "zh"];

    // Line breaks separate languages in tickets (a greeting, a quoted error), so a short line stands alone; after a full
    // stop inside running text ("z. B.", "Dr.") a piece needs more letters before it is judged on its own.
    private const double MinLineWeight = 12;
    private const double MinSentenceWeight = 25;
    private const double SecondaryMinShare = 0.15;
    private const double SecondaryMinWeight = 12;
    private const int MaxAlternatives = 4;
    private const double MinAlternativeConfidence = 0.0005;

    private readonly ChunkClassifier classifier;

    public LanguageDetector() : this(LanguageProfile.Default)
    {
    }

    internal LanguageDetector(LanguageProfile profile) => classifier = new ChunkClassifier(profile, SupportedLanguages);

    /// <summary>Validates API input (<paramref name="field"/> names it in the error) and detects its language.</summary>
    public LanguageDetection DetectInput(string? text, string field) => Detect(Guard.Required(text, field, MaxInputLength));

    /// <summary>Detects the language of <paramref name="text"/>; <see cref="LanguageDetection.Undetermined"/> when no letters remain.</summary>
    public LanguageDetection Detect(string text)
    {
        if (text.Length > MaxAnalyzedLength) text = text[..MaxAnalyzedLength];
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        var cleaned = DetectableText.Clean(text).AsSpan();

        var count = SupportedLanguages.Count;
        Span<double> mixture = stackalloc double[count];
        Span<double> leading = stackalloc double[count];
        Span<double> chunk = stackalloc double[count];
        var total = 0.0;
        var start = 0;
        var pending = 0.0;
        for (var i = 0; i < cleaned.Length; i++)
        {
            pending += ChunkClassifier.LetterWeight(cleaned[i]);
            var last = i == cleaned.Length - 1;
            if (!last && (!IsChunkEnd(cleaned, i) || pending < (cleaned[i] == '\n' ? MinLineWeight : MinSentenceWeight)))
                continue; // short pieces merge with what follows
            var weight = pending > 0 ? classifier.Classify(cleaned[start..(i + 1)], chunk) : 0;
            start = i + 1;
            pending = 0;
            if (weight <= 0) continue;
            total += weight;
            var top = 0;
            for (var l = 0; l < count; l++)
            {
                mixture[l] += weight * chunk[l];
                if (chunk[l] > chunk[top]) top = l;
            }
            leading[top] += weight;
        }
        return total <= 0 ? LanguageDetection.Undetermined : Summarize(mixture, leading, total);
    }

    private static bool IsChunkEnd(ReadOnlySpan<char> text, int i) =>
        text[i] is '\n' or '。' or '！' or '？'
        || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));

    private static LanguageDetection Summarize(Span<double> mixture, Span<double> leading, double total)
    {
        var ranked = new List<LanguageScore>(mixture.Length);
        for (var l = 0; l < mixture.Length; l++) ranked.Add(new LanguageScore(SupportedLanguages[l], mixture[l] / total));
        ranked.Sort((a, b) => b.Confidence.CompareTo(a.Confidence));
        var primary = ranked[0];
        string? secondary = null;
        var secondaryWeight = 0.0;
        for (var l = 0; l < leading.Length; l++)
        {
            if (SupportedLanguages[l] == primary.Language || leading[l] <= secondaryWeight) continue;
            if (leading[l] < SecondaryMinWeight || leading[l] < SecondaryMinShare * total) continue;
            secondary = SupportedLanguages[l];
            secondaryWeight = leading[l];
        }
        var alternatives = ranked.Skip(1).Take(MaxAlternatives).Where(s => s.Confidence >= MinAlternativeConfidence).ToList();
        return new LanguageDetection(primary.Language, primary.Confidence, alternatives, secondary);
    }
}
