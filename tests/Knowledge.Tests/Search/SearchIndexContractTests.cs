using Knowledge.Cms.Search;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Search;

/// <summary>
/// What every engine must do, run against Lucene always and against Elasticsearch when one is configured. Each test
/// gets a fresh, empty index.
/// </summary>
public abstract class SearchIndexContractTests : IAsyncLifetime
{
    private ISearchIndex? index;

    protected ISearchIndex Index => index ?? throw new InvalidOperationException("not initialised");

    protected abstract Task<ISearchIndex> CreateIndexAsync();

    protected abstract Task DeleteIndexAsync();

    public async Task InitializeAsync()
    {
        if (GetType().GetProperty("SkipReason")?.GetValue(null) is string) return;
        index = await CreateIndexAsync();
        await index.EnsureCreatedAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => index is null ? Task.CompletedTask : DeleteIndexAsync();

    protected static SearchDocument Doc(int id, string title, string body, string locale = "en", string audience = "PUBLIC", bool published = true,
        string kind = "ARTICLE", string? category = "account-access", string[]? tags = null, string[]? phrasings = null) => new()
    {
        Id = $"content:{id}:{locale}", Type = SearchDocumentType.Content, EntityId = id, Locale = locale, Title = title, Body = body,
        Kind = kind, Category = category, Tags = tags ?? [], Audience = audience, Published = published, Phrasings = phrasings ?? [],
    };

    private Task PutAsync(params SearchDocument[] documents) =>
        Index.ReplaceAsync(documents.GroupBy(d => d.EntityId).Select(g => new EntityDocuments(SearchDocumentType.Content, g.Key, g.ToList())).ToList(),
            CancellationToken.None);

    private Task<SearchResult> SearchAsync(string text, string? locale = "en", IReadOnlyList<string>? audiences = null, bool publishedOnly = true,
        IReadOnlyList<string>? kinds = null, int offset = 0, int limit = 10) =>
        Index.SearchAsync(new SearchQuery
        {
            Text = text, Locale = locale, Audiences = audiences ?? ["PUBLIC"], PublishedOnly = publishedOnly, Kinds = kinds ?? [],
            Offset = offset, Limit = limit,
        }, CancellationToken.None);

    [EngineFact]
    public async Task Should_rank_a_title_match_above_a_body_match_when_both_contain_the_term()
    {
        await PutAsync(Doc(1, "Billing overview", "Everything about invoices and how to reset your password later."),
            Doc(2, "Reset your password", "Use the sign-in page."));

        var result = await SearchAsync("reset password");

        Assert.Equal([2, 1], result.Hits.Select(h => h.EntityId));
        Assert.Contains(result.Hits[0].Highlights, h => h.Contains("<mark>", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task Should_hide_internal_and_draft_documents_when_the_caller_may_only_read_published_public_content()
    {
        await PutAsync(Doc(1, "Refund policy", "Public refunds."), Doc(2, "Refund approval runbook", "Internal refunds.", audience: "INTERNAL"),
            Doc(3, "Refund draft", "Draft refunds.", published: false));

        Assert.Equal([1], (await SearchAsync("refund")).Hits.Select(h => h.EntityId));
        Assert.Equal(3, (await SearchAsync("refund", audiences: ["PUBLIC", "INTERNAL"], publishedOnly: false)).TotalCount);
        Assert.Equal(0, (await SearchAsync("refund", audiences: [])).TotalCount);
    }

    [EngineFact]
    public async Task Should_drop_an_entity_when_it_is_replaced_with_no_documents()
    {
        await PutAsync(Doc(1, "Export data", "CSV export."), Doc(2, "Export reports", "PDF export."));

        await Index.ReplaceAsync([new EntityDocuments(SearchDocumentType.Content, 1, [])], CancellationToken.None);

        Assert.Equal([2], (await SearchAsync("export")).Hits.Select(h => h.EntityId));
    }

    [EngineFact]
    public async Task Should_count_facets_over_every_match_when_only_one_page_is_returned()
    {
        await PutAsync(Doc(1, "Invoice one", "invoice", kind: "FAQ", tags: ["billing"]), Doc(2, "Invoice two", "invoice", tags: ["billing"]),
            Doc(3, "Invoice three", "invoice", kind: "FAQ", tags: ["tax"]));

        var result = await SearchAsync("invoice", limit: 1);

        Assert.Single(result.Hits);
        Assert.Equal(3, result.TotalCount);
        var kinds = result.Facets.Single(f => f.Field == "kind").Values.ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(2, kinds["FAQ"]);
        Assert.Equal(1, kinds["ARTICLE"]);
        Assert.Equal(3, result.Facets.Single(f => f.Field == "tags").Values.Sum(v => v.Count));
        Assert.Equal(1, (await SearchAsync("invoice", kinds: ["ARTICLE"])).TotalCount);
    }

    [EngineFact]
    public async Task Should_match_inflected_words_when_the_language_stems()
    {
        await PutAsync(Doc(1, "Rechnungen herunterladen", "Alle Rechnungen als PDF.", locale: "de"), Doc(2, "Downloading invoices", "All invoices as PDF."));

        Assert.Equal([1], (await SearchAsync("Rechnung", "de")).Hits.Select(h => h.EntityId));
        Assert.Equal([2], (await SearchAsync("invoice download", "en")).Hits.Select(h => h.EntityId));
    }

    [EngineFact]
    public async Task Should_find_chinese_text_by_overlapping_bigrams()
    {
        await PutAsync(Doc(1, "重置密码", "如果无法登录，请重置密码。", locale: "zh"), Doc(2, "导出数据", "把数据导出为表格。", locale: "zh"));

        Assert.Equal([1], (await SearchAsync("密码", "zh")).Hits.Select(h => h.EntityId));
    }

    [EngineFact]
    public async Task Should_page_by_offset_without_overlap()
    {
        await PutAsync(Enumerable.Range(1, 7).Select(i => Doc(i, $"Workspace guide {i}", string.Join(' ', Enumerable.Repeat("workspace", i)))).ToArray());

        var first = await SearchAsync("workspace", limit: 4);
        var second = await SearchAsync("workspace", offset: 4, limit: 4);

        Assert.Equal(7, first.TotalCount);
        Assert.Equal(3, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.EntityId).Intersect(second.Hits.Select(h => h.EntityId)));
    }

    [EngineFact]
    public async Task Should_treat_query_syntax_as_plain_text()
    {
        await PutAsync(Doc(1, "Reset your password", "Sign in."));

        foreach (var text in new[] { "\"", "title:reset", "pass*", "(reset", "\\", "reset AND password", "AND", "{!}[~]^" })
            Assert.True((await SearchAsync(text)).TotalCount >= 0);
        Assert.Equal(1, (await SearchAsync("reset AND password")).TotalCount);
        Assert.Equal(1, (await SearchAsync("(reset*")).TotalCount);
    }

    [EngineFact]
    public async Task Should_serve_the_new_contents_without_a_gap_when_the_index_is_rebuilt()
    {
        await PutAsync(Doc(1, "Old calendar sync", "calendar"));

        var count = await Index.RebuildAsync(Batches([new EntityDocuments(SearchDocumentType.Content, 2, [Doc(2, "New calendar sync", "calendar")])]),
            CancellationToken.None);

        Assert.Equal(1, count);
        Assert.Equal([2], (await SearchAsync("calendar")).Hits.Select(h => h.EntityId));
        Assert.Equal(1, await Index.CountAsync(CancellationToken.None));
        Assert.True((await Index.HealthAsync(CancellationToken.None)).Healthy);
    }

    [EngineFact]
    public async Task Should_suggest_an_indexed_word_when_a_misspelled_query_finds_nothing()
    {
        await PutAsync(Doc(1, "Notifications", "Configure notification emails."));

        var result = await SearchAsync("notfication", "en");

        Assert.True(result.TotalCount > 0 || result.Suggestion == "notification");
    }

    private static async IAsyncEnumerable<IReadOnlyList<EntityDocuments>> Batches(IReadOnlyList<EntityDocuments> only)
    {
        await Task.Yield();
        yield return only;
    }
}
