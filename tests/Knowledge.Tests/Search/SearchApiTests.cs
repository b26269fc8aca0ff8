using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Search;

[Collection(SeededCollection.Name)]
public sealed class SearchApiTests(SeededAppFixture fixture)
{
    private const string SearchQuery = """
        query($q: String!, $locale: String, $first: Int, $after: String, $filter: SearchFilter) {
          search(query: $q, locale: $locale, first: $first, after: $after, filter: $filter) {
            totalCount suggestion isFallback
            pageInfo { hasNextPage endCursor }
            edges { cursor node { score highlights article { slug title audience resolvedLocale } } }
            facets { field values { value count } }
          }
        }
        """;

    private readonly KnowledgeApp app = fixture.App;

    private static async Task<JsonElement> SearchAsync(GraphQLClient client, string q, string? locale = null, int? first = null, string? after = null, object? filter = null) =>
        (await client.QueryAsync(SearchQuery, new { q, locale, first, after, filter })).GetProperty("search");

    private static List<string> Slugs(JsonElement search) =>
        search.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("article").GetProperty("slug").GetString()!).ToList();

    [Fact]
    public async Task Should_rank_reset_your_password_first_with_a_highlight_and_facets_when_searching_reset_password_in_english()
    {
        var search = await SearchAsync(app.Anonymous(), "reset password", "en");

        Assert.Equal("reset-your-password", Slugs(search)[0]);
        var highlights = search.GetProperty("edges")[0].GetProperty("node").GetProperty("highlights").EnumerateArray().Select(h => h.GetString()!).ToList();
        Assert.Contains(highlights, h => h.Contains("<mark>", StringComparison.Ordinal));
        var facets = search.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        Assert.Equal(["kind", "category", "locale", "tags"], facets.Keys);
        Assert.Contains(facets["kind"].GetProperty("values").EnumerateArray(), v => v.GetProperty("value").GetString() == "ARTICLE" && v.GetProperty("count").GetInt32() > 0);
        Assert.Contains(facets["tags"].GetProperty("values").EnumerateArray(), v => v.GetProperty("value").GetString() == "password");
    }

    [Theory]
    [InlineData("de", "Passwort zurücksetzen", "passwort-zuruecksetzen")]
    [InlineData("ja", "パスワードをリセット", "pasuwado-risetto")]
    [InlineData("zh", "登录不了", "chongzhi-mima")]
    public async Task Should_find_the_translated_article_when_searching_in_its_language(string locale, string query, string slug)
    {
        var search = await SearchAsync(app.Anonymous(), query, locale);

        Assert.Equal(slug, Slugs(search)[0]);
        Assert.False(search.GetProperty("isFallback").GetBoolean());
        Assert.Equal(locale, search.GetProperty("edges")[0].GetProperty("node").GetProperty("article").GetProperty("resolvedLocale").GetString());
    }

    [Fact]
    public async Task Should_find_the_article_through_its_alternative_phrasings_when_the_query_uses_other_words()
    {
        Assert.Contains("reset-your-password", Slugs(await SearchAsync(app.Anonymous(), "can't log in", "en")).Take(3));
    }

    [Fact]
    public async Task Should_tolerate_a_typo_when_a_long_term_is_misspelled()
    {
        Assert.Equal("reset-your-password", Slugs(await SearchAsync(app.Anonymous(), "reset pasword", "en"))[0]);
    }

    [Fact]
    public async Task Should_suggest_a_correction_when_nothing_matches()
    {
        var search = await SearchAsync(app.Anonymous(), "paswrod", "en");

        Assert.Equal(0, search.GetProperty("totalCount").GetInt32());
        Assert.Equal("password", search.GetProperty("suggestion").GetString());
    }

    [Fact]
    public async Task Should_never_return_internal_items_to_a_partner_when_staff_would_see_them()
    {
        var secret = await CreateKeyAsync("PARTNER", "search-partner");
        const string query = "refund approval escalation incident runbook policy";

        var staff = await SearchAsync(app.Client(), query, "en", first: 100);
        var partner = await SearchAsync(app.Client(secret), query, "en", first: 100);

        Assert.Contains(staff.GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("article").GetProperty("audience").GetString() == "INTERNAL");
        Assert.DoesNotContain(partner.GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("article").GetProperty("audience").GetString() == "INTERNAL");
        Assert.True(partner.GetProperty("totalCount").GetInt32() < staff.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Should_page_with_cursors_without_repeating_results()
    {
        var first = await SearchAsync(app.Anonymous(), "account workspace password", "en", first: 3);
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await SearchAsync(app.Anonymous(), "account workspace password", "en", first: 3, after: after);

        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Empty(Slugs(first).Intersect(Slugs(second)));
        Assert.Equal(3, Slugs(second).Count);
    }

    [Fact]
    public async Task Should_only_return_faqs_when_filtered_by_kind()
    {
        var search = await SearchAsync(app.Anonymous(), "password", "en", first: 50, filter: new { kinds = new[] { "FAQ" } });

        Assert.NotEmpty(Slugs(search));
        var kinds = search.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "kind").GetProperty("values");
        Assert.Equal(["FAQ"], kinds.EnumerateArray().Select(v => v.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Should_report_a_zero_result_query_in_search_insights()
    {
        await SearchAsync(app.Anonymous(), "flurbleglarp", "en");

        var data = await app.Client().QueryAsync("{ searchInsights { totalQueries topZeroResultQueries { query count } topQueries { query count } } }");
        var zero = data.GetProperty("searchInsights").GetProperty("topZeroResultQueries").EnumerateArray().Select(q => q.GetProperty("query").GetString());
        Assert.Contains("flurbleglarp", zero);
    }

    [Fact]
    public async Task Should_expand_an_admin_synonym_set_when_a_query_uses_one_of_its_phrases()
    {
        Assert.Equal(0, (await SearchAsync(app.Anonymous(), "wombatpass", "en")).GetProperty("totalCount").GetInt32());

        await app.Client().QueryAsync("mutation { createSynonymSet(input: { locale: \"en\", terms: [\"wombatpass\", \"reset password\"] }) { id terms } }");

        Assert.Equal("reset-your-password", Slugs(await SearchAsync(app.Anonymous(), "wombatpass", "en"))[0]);
    }

    [Fact]
    public async Task Should_let_only_staff_search_tickets()
    {
        const string query = "query { searchTickets(query: \"SSO\", first: 5) { totalCount edges { score highlights ticket { id subject } } } }";
        var partner = await CreateKeyAsync("PARTNER", "search-tickets-partner");

        var staff = await app.Client().QueryAsync(query);
        Assert.True(staff.GetProperty("searchTickets").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal("FORBIDDEN", (await app.Client(partner).PostAsync(query)).FirstCode);
        Assert.Equal("UNAUTHENTICATED", (await app.Anonymous().PostAsync(query)).FirstCode);
    }

    [Fact]
    public async Task Should_find_a_new_ticket_by_a_word_of_a_later_message_when_the_indexer_drained_the_outbox()
    {
        var created = await app.Client().QueryAsync("mutation { createTicket(input: { subject: \"Zanzibarquux printer\", body: \"It jams.\" }) { ticket { id } } }");
        var id = created.GetProperty("createTicket").GetProperty("ticket").GetProperty("id").GetString();
        await app.Client().QueryAsync($"mutation {{ addTicketMessage(input: {{ ticketId: \"{id}\", kind: AGENT, body: \"Try the flibbertigibbet tray.\" }}) {{ message {{ id }} }} }}");

        foreach (var word in new[] { "zanzibarquux", "flibbertigibbet" })
        {
            var ids = new List<string?>();
            for (var i = 0; i < 100 && ids.Count == 0; i++)
            {
                var data = await app.Client().QueryAsync($"{{ searchTickets(query: \"{word}\") {{ edges {{ ticket {{ id }} }} }} }}");
                ids = data.GetProperty("searchTickets").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("ticket").GetProperty("id").GetString()).ToList();
                if (ids.Count == 0) await Task.Delay(100);
            }
            Assert.Equal([id], ids);
        }
    }

    [Fact]
    public async Task Should_only_search_the_partners_locales_when_its_key_is_restricted_to_german()
    {
        var secret = await CreateKeyAsync("PARTNER", "search-partner-de", ["de"]);

        var english = await SearchAsync(app.Client(secret), "password", "en", first: 50);
        var german = await SearchAsync(app.Client(secret), "Passwort", "de", first: 50);

        Assert.Equal(0, english.GetProperty("totalCount").GetInt32());
        Assert.Contains("passwort-zuruecksetzen", Slugs(german));
        Assert.All(german.GetProperty("edges").EnumerateArray(),
            e => Assert.Equal("de", e.GetProperty("node").GetProperty("article").GetProperty("resolvedLocale").GetString()));
    }

    private async Task<string> CreateKeyAsync(string role, string name, string[]? locales = null)
    {
        var data = await app.Client().QueryAsync("mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }",
            new { input = new { name, role, locales } });
        return data.GetProperty("createApiKey").GetProperty("secret").GetString()!;
    }
}
