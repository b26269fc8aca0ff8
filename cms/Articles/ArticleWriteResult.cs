namespace Knowledge.Cms.Articles;

/// <summary>The article after a write, with the revision number the write produced or touched.</summary>
public sealed record ArticleWriteResult(int ArticleId, string Locale, int Revision);
