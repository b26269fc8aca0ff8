namespace Knowledge.Cms.Languages;

/// <summary>What the profile builder keeps for one script group: its languages and how many n-grams and words per language.</summary>
internal sealed record LanguageGroupSpec(string Name, string[] Languages, bool UsesWords, int[] TopNgramsPerOrder, int TopWords, int MinWordCount = 2)
{
    public const string Latin = "latin";
    public const string Han = "han";

    /// <summary>The shipped groups. Han holds zh and ja because a text of Han characters alone may be either.</summary>
    public static readonly IReadOnlyList<LanguageGroupSpec> All =
    [
        new(Latin, ["de", "en", "es", "fr", "it", "nl", "pl", "pt", "tr", "vi"], UsesWords: true, [0, 1_000, 5_000, 12_000, 20_000], TopWords: 60_000, MinWordCount: 1),
        new(Han, ["ja", "zh"], UsesWords: false, [0, 6_000, 25_000, 12_000, 6_000], TopWords: 0),
    ];
}
