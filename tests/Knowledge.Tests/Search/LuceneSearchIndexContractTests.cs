using Knowledge.Cms.Search;
using Knowledge.Cms.Search.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Tests.Search;

public sealed class LuceneSearchIndexContractTests : SearchIndexContractTests
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "knowledge-tests", "lucene-" + Guid.NewGuid().ToString("n"));
    private LuceneSearchIndex? lucene;

    public static string? SkipReason => null;

    protected override Task<ISearchIndex> CreateIndexAsync()
    {
        lucene = new LuceneSearchIndex(root, new SearchOptions(), NullLogger<LuceneSearchIndex>.Instance);
        return Task.FromResult<ISearchIndex>(lucene);
    }

    protected override Task DeleteIndexAsync()
    {
        lucene?.Dispose();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_reopen_the_same_index_when_the_process_restarts()
    {
        await Index.ReplaceAsync([new EntityDocuments(SearchDocumentType.Content, 1, [Doc(1, "Persisted", "kept on disk")])], CancellationToken.None);
        lucene!.Dispose();

        lucene = new LuceneSearchIndex(root, new SearchOptions(), NullLogger<LuceneSearchIndex>.Instance);

        Assert.Equal(1, await lucene.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Should_return_the_same_page_count_and_facets_when_segments_are_searched_concurrently()
    {
        var concurrentRoot = root + "-concurrent";
        using var concurrent = new LuceneSearchIndex(concurrentRoot, new SearchOptions { ConcurrentSearchMinDocuments = 1 }, NullLogger<LuceneSearchIndex>.Instance);
        string[] words = ["reset", "password", "invoice", "login", "export", "sync"];
        try
        {
            // Every batch is committed as its own segment; identical documents tie, so the tie order is checked too.
            for (var batch = 0; batch < 6; batch++)
            {
                var entities = Enumerable.Range(batch * 20 + 1, 20).Select(id => new EntityDocuments(SearchDocumentType.Content, id,
                [
                    Doc(id, $"{words[id % 6]} {words[(id + 1) % 6]} guide", $"How to {words[id % 6]} and {words[id % 4]} things.",
                        kind: id % 3 == 0 ? "FAQ" : "ARTICLE", tags: [words[id % 5]], audience: id % 7 == 0 ? "INTERNAL" : "PUBLIC"),
                ])).ToList();
                await Index.ReplaceAsync(entities, CancellationToken.None);
                await concurrent.ReplaceAsync(entities, CancellationToken.None);
            }
            foreach (var (text, offset) in new[] { ("reset password", 0), ("invoice", 3), ("login export sync", 7) })
            {
                var query = new SearchQuery { Text = text, Locale = "en", Audiences = ["PUBLIC"], PublishedOnly = true, Offset = offset, Limit = 9 };

                var sequential = await Index.SearchAsync(query, CancellationToken.None);
                var sliced = await concurrent.SearchAsync(query, CancellationToken.None);

                Assert.True(sequential.TotalCount > offset + 9);
                Assert.Equal(sequential.TotalCount, sliced.TotalCount);
                Assert.Equal(sequential.Hits.Select(h => (h.DocumentId, h.Score, string.Join("|", h.Highlights))),
                    sliced.Hits.Select(h => (h.DocumentId, h.Score, string.Join("|", h.Highlights))));
                Assert.Equal(sequential.Facets.SelectMany(f => f.Values.Select(v => (f.Field, v.Value, v.Count))),
                    sliced.Facets.SelectMany(f => f.Values.Select(v => (f.Field, v.Value, v.Count))));
            }
        }
        finally
        {
            concurrent.Dispose();
            try
            {
                Directory.Delete(concurrentRoot, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
