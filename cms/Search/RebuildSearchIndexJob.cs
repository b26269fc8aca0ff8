using Knowledge.Cms.Jobs;

namespace Knowledge.Cms.Search;

/// <summary>
/// The <c>search.rebuild</c> job: re-reads every document from the database into a fresh index that replaces the
/// live one atomically (no gap in search).
/// </summary>
internal sealed class RebuildSearchIndexJob(ISearchIndex index, SearchDocumentSource source) : IJobHandler
{
    public const string JobKind = SearchJobKinds.Rebuild;

    public string Kind => JobKind;

    public async Task<IReadOnlyList<string>> RunAsync(Job job, IJobProgress progress, CancellationToken cancellationToken)
    {
        await progress.ReportAsync(5, cancellationToken);
        var documents = await index.RebuildAsync(source.ReadAllAsync(500, cancellationToken), cancellationToken);
        await progress.ReportAsync(100, cancellationToken);
        return [documents.ToString(System.Globalization.CultureInfo.InvariantCulture)];
    }
}
