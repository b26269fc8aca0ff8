using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>One physical index directory with its single writer and near-real-time searcher manager.</summary>
internal sealed class LuceneGeneration : IDisposable
{
    private LuceneGeneration(string name, string path, FSDirectory directory, IndexWriter writer, SearcherManager manager)
    {
        Name = name;
        Path = path;
        Directory = directory;
        Writer = writer;
        Manager = manager;
    }

    public string Name { get; }
    public string Path { get; }
    public FSDirectory Directory { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Manager { get; }

    public static LuceneGeneration Open(string root, string name, LuceneAnalyzers analyzers, Similarity similarity)
    {
        var path = System.IO.Path.Combine(root, name);
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(LuceneAnalyzers.Version, analyzers.Indexing)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = similarity,
                RAMBufferSizeMB = 32,
            };
            var writer = new IndexWriter(directory, config);
            if (!DirectoryReader.IndexExists(directory)) writer.Commit();
            var manager = new SearcherManager(writer, true, new SimilarSearcherFactory(similarity));
            return new LuceneGeneration(name, path, directory, writer, manager);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="read"/> on the current near-real-time searcher and releases it.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = Manager.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            Manager.Release(searcher);
        }
    }

    public void Dispose()
    {
        Manager.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private sealed class SimilarSearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new SegmentSearcher(reader) { Similarity = similarity };
    }
}
