namespace Knowledge.Cms.Search;

/// <summary>
/// An index being rebuilt (<typeparamref name="TTarget"/>: a Lucene generation, an Elasticsearch index name) and the
/// entities live changes wrote into it meanwhile. Both engines follow the same rule: a live change is written to the old
/// and the new index, and a rebuild batch skips the entities a live change already wrote, because the batch was read
/// from the database earlier and may be older. Callers hold their write gate around every use.
/// </summary>
internal sealed class PendingRebuild<TTarget>(TTarget target)
{
    private readonly HashSet<string> writtenLive = [];

    public TTarget Target { get; } = target;

    public void RecordLiveWrite(IReadOnlyList<EntityDocuments> entities)
    {
        foreach (var entity in entities) writtenLive.Add(entity.EntityKey);
    }

    public List<EntityDocuments> Fresh(IReadOnlyList<EntityDocuments> batch) => batch.Where(e => !writtenLive.Contains(e.EntityKey)).ToList();
}
