using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Lucene;

namespace Knowledge.Tests.Search;

public sealed class LuceneAnalysisTests
{
    private static List<string> Terms(string locale, string text)
    {
        using var analyzers = new LuceneAnalyzers();
        var family = SearchLanguages.FamilyOf(locale);
        return LuceneAnalyzers.Analyze(analyzers.For(family), SearchDocumentFields.Body(family), text).Select(t => t.Term).ToList();
    }

    [Fact]
    public void Should_segment_thai_into_dictionary_words_when_icu_is_available_and_into_bigrams_otherwise()
    {
        var terms = Terms("th", "ฉันลืมรหัสผ่าน");

        if (IcuWordBreaker.IsAvailable) Assert.Equal(["ฉัน", "ลืม", "รหัส", "ผ่าน"], terms); // I / forget / code / pass
        else Assert.Contains("รห", terms);
    }

    [Theory]
    [InlineData("en", "Resetting passwords", "reset")]
    [InlineData("de", "Rechnungen", "rechnung")]
    [InlineData("tr", "faturalarınız", "fatur")]
    [InlineData("ja", "パスワード", "パス")]
    [InlineData("pl", "Hasło", "hasło")]
    public void Should_analyse_each_locale_with_its_family(string locale, string text, string expected)
    {
        Assert.Contains(expected, Terms(locale, text));
    }

    [Fact]
    public void Should_mark_matches_and_escape_html_when_building_a_snippet()
    {
        using var analyzers = new LuceneAnalyzers();
        var snippet = SnippetHighlighter.BestWindow(analyzers.For("en"), SearchDocumentFields.Body("en"),
            "Use <b>Settings</b> to reset the password.", new HashSet<string> { "password" });

        Assert.Equal("Use &lt;b&gt;Settings&lt;/b&gt; to reset the <mark>password</mark>.", snippet);
    }
}
