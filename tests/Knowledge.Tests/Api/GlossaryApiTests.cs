using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class GlossaryApiTests(SeededAppFixture fixture)
{
    private const string Upsert = "mutation($input: UpsertGlossaryTermInput!) { upsertGlossaryTerm(input: $input) { id locale sourceTerm translation protected caseSensitive note } }";

    private readonly KnowledgeApp app = fixture.App;

    [Fact]
    public async Task Should_list_the_terms_for_a_locale_with_the_demo_seed_when_an_agent_asks()
    {
        var agent = await AgentKeyAsync();

        var terms = (await app.Client(agent).QueryAsync("{ glossary(locale: \"de-CH\") { locale sourceTerm translation protected caseSensitive } }")).GetProperty("glossary").EnumerateArray().ToList();

        Assert.Contains(terms, t => t.GetProperty("sourceTerm").GetString() == "Lumen Workspace" && t.GetProperty("protected").GetBoolean() && t.GetProperty("locale").GetString() == "*");
        Assert.Contains(terms, t => t.GetProperty("sourceTerm").GetString() == "SSO" && t.GetProperty("caseSensitive").GetBoolean());
        Assert.Contains(terms, t => t.GetProperty("sourceTerm").GetString() == "two-factor authentication" && t.GetProperty("translation").GetString() == "Zwei-Faktor-Authentifizierung");
        Assert.DoesNotContain(terms, t => t.GetProperty("translation").GetString() == "autenticación en dos pasos");
    }

    [Fact]
    public async Task Should_prefer_the_most_specific_locale_and_replace_on_upsert_when_an_admin_writes()
    {
        var client = app.Client();
        var term = "invoice-" + Guid.NewGuid().ToString("n")[..6];
        await client.QueryAsync(Upsert, new { input = new { locale = "de", sourceTerm = term, translation = "Rechnung" } });
        var regional = (await client.QueryAsync(Upsert, new { input = new { locale = "de-AT", sourceTerm = term, translation = "Faktura", note = "Austrian usage" } }))
            .GetProperty("upsertGlossaryTerm");
        var replaced = (await client.QueryAsync(Upsert, new { input = new { locale = "de-AT", sourceTerm = term.ToUpperInvariant(), translation = "Honorarnote" } }))
            .GetProperty("upsertGlossaryTerm");

        Assert.Equal(regional.GetProperty("id").GetString(), replaced.GetProperty("id").GetString());
        Assert.Equal("Honorarnote", await TranslationOfAsync(client, "de-AT", term));
        Assert.Equal("Rechnung", await TranslationOfAsync(client, "de-DE", term));

        var deleted = await client.QueryAsync("mutation($id: ID!) { deleteGlossaryTerm(id: $id) }", new { id = replaced.GetProperty("id").GetString() });
        Assert.True(deleted.GetProperty("deleteGlossaryTerm").GetBoolean());
        Assert.Equal("Rechnung", await TranslationOfAsync(client, "de-AT", term));
    }

    [Theory]
    [InlineData("xx-QQ-ZZ", "term", "x", false, "input.locale")]
    [InlineData("de", "", "x", false, "input.sourceTerm")]
    [InlineData("de", "term", null, false, "input.translation")]
    [InlineData("de", "term", "Begriff", true, "input.translation")]
    [InlineData("de", "say \"hi\"", "x", false, "input.sourceTerm")]
    public async Task Should_fail_with_validation_naming_the_field_when_the_entry_is_malformed(string locale, string sourceTerm, string? translation, bool isProtected, string field)
    {
        var response = await app.Client().PostAsync(Upsert, new { input = new { locale, sourceTerm, translation, @protected = isProtected } });

        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal(field, response.FirstField);
    }

    [Fact]
    public async Task Should_forbid_agents_to_write_the_glossary_and_anonymous_callers_to_read_it()
    {
        var agent = await AgentKeyAsync();

        var write = await app.Client(agent).PostAsync(Upsert, new { input = new { locale = "de", sourceTerm = "x", translation = "y" } });
        var read = await app.Anonymous().PostAsync("{ glossary { sourceTerm } }");

        Assert.Equal("FORBIDDEN", write.FirstCode);
        Assert.Contains(read.FirstCode, new[] { "FORBIDDEN", "UNAUTHENTICATED" });
    }

    [Fact]
    public async Task Should_fail_with_validation_when_the_glossary_locale_is_malformed()
    {
        var response = await app.Client().PostAsync("{ glossary(locale: \"not a locale\") { sourceTerm } }");

        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("locale", response.FirstField);
    }

    private static async Task<string?> TranslationOfAsync(GraphQLClient client, string locale, string term) =>
        (await client.QueryAsync("query($l: String!) { glossary(locale: $l) { sourceTerm translation } }", new { l = locale })).GetProperty("glossary")
        .EnumerateArray().Single(t => string.Equals(t.GetProperty("sourceTerm").GetString(), term, StringComparison.OrdinalIgnoreCase)).GetProperty("translation").GetString();

    private async Task<string> AgentKeyAsync() =>
        (await app.Client().QueryAsync("mutation { createApiKey(input: { name: \"glossary-agent\", role: AGENT }) { secret } }"))
        .GetProperty("createApiKey").GetProperty("secret").GetString()!;
}
