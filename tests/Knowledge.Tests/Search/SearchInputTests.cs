using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Search;

[Collection(SeededCollection.Name)]
public sealed class SearchInputTests(SeededAppFixture fixture)
{
    private const string Query = "query($q: String!, $locale: String) { search(query: $q, locale: $locale) { totalCount edges { node { article { slug } } } } }";
    private readonly KnowledgeApp app = fixture.App;

    [Theory]
    [InlineData("\"")]
    [InlineData("\"reset password")]
    [InlineData("title:password")]
    [InlineData("pass*")]
    [InlineData("(reset")]
    [InlineData("\\")]
    [InlineData("reset AND password")]
    [InlineData("AND")]
    [InlineData("~ ^ [ ] { } ! - + && || / ?")]
    public async Task Should_answer_without_error_when_the_query_contains_syntax_characters(string q)
    {
        var response = await app.Anonymous().PostAsync(Query, new { q, locale = "en" });

        Assert.True(response.Errors.Count == 0, response.Body);
        Assert.True(response.Data.GetProperty("search").GetProperty("totalCount").GetInt32() >= 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Should_refuse_with_validation_when_the_query_is_empty(string q)
    {
        var response = await app.Anonymous().PostAsync(Query, new { q, locale = "en" });

        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("query", response.FirstField);
    }

    [Fact]
    public async Task Should_refuse_with_validation_when_the_query_has_ten_thousand_characters()
    {
        var response = await app.Anonymous().PostAsync(Query, new { q = new string('a', 10_000), locale = "en" });

        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("query", response.FirstField);
    }

    [Fact]
    public async Task Should_refuse_with_validation_when_the_locale_is_unknown()
    {
        var response = await app.Anonymous().PostAsync(Query, new { q = "password", locale = "xx-nope" });

        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("locale", response.FirstField);
    }

    [Fact]
    public async Task Should_fall_back_to_source_languages_when_the_locale_has_no_match()
    {
        var response = await app.Anonymous().PostAsync("{ search(query: \"password\", locale: \"fi\") { totalCount isFallback } }");

        Assert.True(response.Errors.Count == 0, response.Body);
        Assert.True(response.Data.GetProperty("search").GetProperty("isFallback").GetBoolean());
        Assert.True(response.Data.GetProperty("search").GetProperty("totalCount").GetInt32() > 0);
    }
}
