using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Bg;
using Lucene.Net.Analysis.Ca;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.El;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Hi;
using Lucene.Net.Analysis.Hu;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ro;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Util;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// One analyzer per language family (<see cref="SearchLanguages"/>), routed by field name suffix. Lucene's own
/// language analyzers bring stemming and stop words; CJK gets overlapping bigrams; Thai gets ICU's dictionary word
/// segmentation (<see cref="ThaiWordTokenizer"/>; Lucene.NET's ICU module is not available here), or character bigrams
/// where the ICU library is missing (<see cref="ThaiBigramTokenizer"/>); every other locale gets Unicode word
/// segmentation and lower-casing.
/// </summary>
internal sealed class LuceneAnalyzers : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Dictionary<string, Analyzer> byFamily;

    public LuceneAnalyzers()
    {
        byFamily = new Dictionary<string, Analyzer>
        {
            ["en"] = new EnglishAnalyzer(Version),
            ["de"] = new GermanAnalyzer(Version),
            ["fr"] = new FrenchAnalyzer(Version),
            ["es"] = new SpanishAnalyzer(Version),
            ["pt"] = new PortugueseAnalyzer(Version),
            ["it"] = new ItalianAnalyzer(Version),
            ["nl"] = new DutchAnalyzer(Version),
            ["ru"] = new RussianAnalyzer(Version),
            ["ar"] = new ArabicAnalyzer(Version),
            // Turkish is agglutinative: truncating words to their first five letters ("F5") retrieves better than the
            // Snowball stemmer (Can et al., "Information retrieval on Turkish texts", JASIST 2008) and is what we measured too.
            ["tr"] = Analyzer.NewAnonymous((_, reader) =>
            {
                var source = new StandardTokenizer(Version, reader);
                TokenStream stream = new ApostropheFilter(source);
                stream = new TurkishLowerCaseFilter(stream);
                stream = new StopFilter(Version, stream, TurkishAnalyzer.DefaultStopSet);
                return new TokenStreamComponents(source, new TruncateTokenFilter(stream, 5));
            }),
            ["el"] = new GreekAnalyzer(Version),
            ["hi"] = new HindiAnalyzer(Version),
            ["sv"] = new SwedishAnalyzer(Version),
            ["da"] = new DanishAnalyzer(Version),
            ["no"] = new NorwegianAnalyzer(Version),
            ["fi"] = new FinnishAnalyzer(Version),
            ["hu"] = new HungarianAnalyzer(Version),
            ["ro"] = new RomanianAnalyzer(Version),
            ["cs"] = new CzechAnalyzer(Version),
            ["fa"] = new PersianAnalyzer(Version),
            ["id"] = new IndonesianAnalyzer(Version),
            ["bg"] = new BulgarianAnalyzer(Version),
            ["ca"] = new CatalanAnalyzer(Version),
            [SearchLanguages.Cjk] = new CJKAnalyzer(Version),
            ["th"] = Analyzer.NewAnonymous((_, reader) =>
            {
                Tokenizer source = IcuWordBreaker.IsAvailable ? new ThaiWordTokenizer(reader) : new ThaiBigramTokenizer(reader);
                return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
            }),
            [SearchLanguages.Standard] = Plain(),
        };
        Spelling = Plain();
        var perField = new Dictionary<string, Analyzer> { [SearchDocumentFields.Spell] = Spelling };
        foreach (var (family, analyzer) in byFamily)
        {
            perField[SearchDocumentFields.Title(family)] = analyzer;
            perField[SearchDocumentFields.Body(family)] = analyzer;
            perField[SearchDocumentFields.Phrasings(family)] = analyzer;
        }
        Indexing = new PerFieldAnalyzerWrapper(byFamily[SearchLanguages.Standard], perField);
    }

    /// <summary>Routes each field to its family's analyzer; given to the IndexWriter.</summary>
    public Analyzer Indexing { get; }

    /// <summary>Unstemmed, lower-cased words: the vocabulary of spelling suggestions.</summary>
    public Analyzer Spelling { get; }

    public Analyzer For(string family) => byFamily.TryGetValue(family, out var a) ? a : byFamily[SearchLanguages.Standard];

    /// <summary>The terms (in order, with position steps) that <paramref name="analyzer"/> makes of <paramref name="text"/>.</summary>
    public static List<(string Term, int Position, int Start, int End)> Analyze(Analyzer analyzer, string field, string text)
    {
        var result = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += Math.Max(increment.PositionIncrement, 0);
            result.Add((term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return result;
    }

    private static Analyzer Plain() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
    });

    public void Dispose()
    {
        foreach (var analyzer in byFamily.Values) analyzer.Dispose();
        Spelling.Dispose();
        Indexing.Dispose();
    }
}
