namespace Knowledge.Cms.Translation;

/// <summary>
/// Which paragraphs of a stale translation can stay: the translation must have as many paragraphs as the source
/// revision it was made from (then paragraph i translates source paragraph i); a paragraph of the new source that is
/// identical to an old one keeps that one's translation, unless it was still waiting for a translator.
/// </summary>
public sealed record IncrementalTranslation(IReadOnlyList<string> Source, IReadOnlyList<string?> Kept)
{
    /// <summary>Indexes of the new source's paragraphs that need translating.</summary>
    public IReadOnlyList<int> Changed => Enumerable.Range(0, Source.Count).Where(i => Kept[i] is null).ToList();

    /// <summary>Null when the translation does not line up with its source paragraph for paragraph.</summary>
    public static IncrementalTranslation? Plan(string oldSource, string newSource, string translation, IReadOnlyCollection<int> pendingInTranslation)
    {
        var before = MarkdownParagraphs.Split(oldSource);
        var translated = MarkdownParagraphs.Split(translation);
        if (before.Count != translated.Count) return null;
        var after = MarkdownParagraphs.Split(newSource);
        var match = MarkdownParagraphs.Match(before, after);
        var kept = match.Select(i => i >= 0 && !pendingInTranslation.Contains(i) ? translated[i] : null).ToList();
        return new IncrementalTranslation(after, kept);
    }

    /// <summary>The draft: kept paragraphs as they were, the others from <paramref name="replacements"/> (by new-source index).</summary>
    public string Compose(IReadOnlyDictionary<int, string> replacements, bool finalNewline) =>
        MarkdownParagraphs.Join(Source.Select((s, i) => Kept[i] ?? replacements.GetValueOrDefault(i) ?? s), finalNewline);
}
