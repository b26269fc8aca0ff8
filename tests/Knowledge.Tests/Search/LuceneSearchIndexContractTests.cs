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
}
