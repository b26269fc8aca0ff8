using Lucene.Net.Analysis.NGram;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// Thai is written without spaces between words and Lucene's ThaiTokenizer depends on ICU dictionaries that are not
/// available here, so Thai text is indexed as overlapping character bigrams within each run of letters and marks —
/// the same dictionary-free approach Lucene takes for Chinese and Japanese.
/// </summary>
internal sealed class ThaiBigramTokenizer(TextReader reader) : NGramTokenizer(LuceneAnalyzers.Version, reader, 1, 2)
{
    protected override bool IsTokenChar(int chr)
    {
        var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(chr);
        return char.IsLetterOrDigit((char)Math.Min(chr, char.MaxValue)) || category is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
    }
}
