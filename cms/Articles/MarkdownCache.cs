using Knowledge.Cms.Markdown;
using Microsoft.Extensions.Caching.Memory;

namespace Knowledge.Cms.Articles;

/// <summary>
/// Rendering is pure, so each revision is rendered once per reader locale and audience set and served from memory
/// until a publish changes what [KB:] links resolve to.
/// </summary>
public sealed class MarkdownCache(MarkdownRenderer renderer, ContentDirectory directory)
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 5_000 });

    public async Task<RenderedMarkdown> GetAsync(ContentRevision revision, string readerLocale, IReadOnlyList<Audience> audiences, CancellationToken cancellationToken)
    {
        // Readable audiences are nested (public ⊂ +partner ⊂ +internal), so their count identifies the set.
        var key = (revision.Id, readerLocale, audiences.Count, directory.Version);
        if (cache.TryGetValue(key, out RenderedMarkdown? rendered) && rendered is not null) return rendered;
        var resolve = await directory.ResolverAsync(readerLocale, audiences, cancellationToken);
        rendered = renderer.Render(revision.Body, resolve);
        cache.Set(key, rendered, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return rendered;
    }
}
