using System.Net;
using System.Text.RegularExpressions;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Search;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Content search across languages, around <see cref="SearchService"/>: when nothing matches in the reader's locale
/// and a translation provider is configured, the query is translated into the source locale
/// (<c>Translation:SearchSourceLocale</c>), searched there, and the hits' titles and snippets are translated back for
/// display and marked as machine translations. Without a provider — or if it fails — the plain source-locale fallback
/// of <see cref="SearchService"/> stands (<c>isFallback</c>). Translations are cached in memory.
/// </summary>
public sealed partial class TranslatingSearchService(SearchService search, ITranslationProvider provider, GlossaryService glossary, IMemoryCache cache,
    IOptions<TranslationOptions> options, ILogger<TranslatingSearchService> logger)
{
    public async Task<SearchResults<LocalizedContent>> SearchContentAsync(string? text, string? locale, SearchFilter? filter, PageRequest page,
        CancellationToken cancellationToken)
    {
        var results = await search.SearchContentAsync(text, locale, filter, page, cancellationToken);
        if (!provider.IsConfigured || !options.Value.TranslateSearch || locale is null || (results.TotalCount > 0 && !results.IsFallback)) return results;
        var reader = Guard.Locale(locale, "locale");
        var source = options.Value.SearchSourceLocale;
        if (Locales.Language(reader) == Locales.Language(source)) return results;
        try
        {
            var terms = (await glossary.TermsForAsync(reader, cancellationToken)).Select(t => t.Reversed()).ToList();
            var query = (await TranslateAsync([text!.Trim()], source, reader, terms, cancellationToken))[0];
            var translated = await search.SearchContentAsync(query, source, filter, page, cancellationToken);
            if (translated.TotalCount == 0 || translated.Items.Count == 0) return results;
            return await ForReaderAsync(translated, query, reader, source, cancellationToken);
        }
        catch (KnowledgeException ex) when (ex.Code is ErrorCodes.Unavailable or ErrorCodes.Validation)
        {
            // The untranslated fallback is still an answer; a provider outage must not turn search into an error.
            logger.LogWarning("On-the-fly search translation skipped: {Reason}", ex.Message);
            return results;
        }
    }

    private async Task<SearchResults<LocalizedContent>> ForReaderAsync(SearchResults<LocalizedContent> found, string query, string reader, string source,
        CancellationToken cancellationToken)
    {
        var terms = await glossary.TermsForAsync(reader, cancellationToken);
        var titles = found.Items.Select(i => i.Node.Revision.Title).ToList();
        var snippets = found.Items.SelectMany(i => i.Highlights).Select(PlainSnippet).ToList();
        var translated = await TranslateAsync([.. titles, .. snippets], reader, source, terms, cancellationToken);
        var items = new List<SearchResultItem<LocalizedContent>>();
        var next = titles.Count;
        for (var i = 0; i < found.Items.Count; i++)
        {
            var item = found.Items[i];
            var highlights = translated.Skip(next).Take(item.Highlights.Count).Select(h => WebUtility.HtmlEncode(h)).ToList();
            next += item.Highlights.Count;
            items.Add(item with { TranslatedTitle = translated[i], TranslatedHighlights = highlights });
        }
        return found with { Items = items, IsFallback = true, MachineTranslation = new SearchTranslation(reader, source, query, provider.Name) };
    }

    /// <summary>Translates texts through the cache; only the texts not cached go to the provider, in one request.</summary>
    private async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, string target, string from, IReadOnlyList<GlossaryTerm> terms,
        CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in texts.Distinct())
            if (cache.TryGetValue((provider.Name, target, from, text), out string? hit) && hit is not null) known[text] = hit;
        var missing = texts.Distinct().Where(t => !known.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            var result = await provider.TranslateAsync(new TranslationRequest(missing, target, from, Formality.Default, terms), cancellationToken);
            for (var i = 0; i < missing.Count; i++)
                known[missing[i]] = cache.Set((provider.Name, target, from, missing[i]), result.Translations[i], options.Value.SearchCacheDuration);
        }
        return texts.Select(t => known[t]).ToList();
    }

    private static string PlainSnippet(string highlight) => WebUtility.HtmlDecode(Mark().Replace(highlight, ""));

    [GeneratedRegex("</?mark>")]
    private static partial Regex Mark();
}
