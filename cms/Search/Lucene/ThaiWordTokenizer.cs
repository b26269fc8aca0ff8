using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>Thai words from ICU's dictionary-based word breaker (see <see cref="IcuWordBreaker"/>), with offsets.</summary>
internal sealed class ThaiWordTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private string text = "";
    private List<(int Start, int Length)> words = [];
    private int next;

    public ThaiWordTokenizer(TextReader reader) : base(reader)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (next >= words.Count) return false;
        var (start, length) = words[next++];
        term.SetEmpty().Append(text, start, length);
        offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        text = m_input.ReadToEnd();
        words = IcuWordBreaker.Words(text, "th");
        next = 0;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(text.Length);
        offset.SetOffset(final, final);
    }
}
