using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Triage.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Cms.Triage.KnowledgeMatching;

/// <summary>
/// BM25 over the published public articles held in memory (title and alternative phrasings weigh three times the
/// body), refreshed every few minutes. The score is normalised by the query's best possible score, so it reads as
/// "how much of the ticket the article covers". Ranks in the source locale's terms when the ticket's locale has no
/// variant, and returns the ticket-language variant of the best item when one exists (fallback en, then source).
/// </summary>
internal sealed class TermOverlapKnowledgeMatcher(IServiceScopeFactory scopes, IClock clock) : IKnowledgeMatcher
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const double K1 = 1.2, B = 0.75, IssueTypeBoost = 1.4;
    private readonly SemaphoreSlim gate = new(1, 1);
    private (DateTime LoadedAt, Index Index)? cached;

    public async Task<IReadOnlyList<KnowledgeMatch>> MatchAsync(string text, string language, int? issueTypeId, int limit, CancellationToken cancellationToken)
    {
        var index = await GetIndexAsync(cancellationToken);
        var query = TextTokens.Tokenize(text).Distinct().ToList();
        if (query.Count == 0) return [];
        var best = new Dictionary<int, (Doc Doc, double Score)>();
        foreach (var doc in index.Docs)
        {
            double score = 0, max = 0;
            foreach (var term in query)
            {
                var idf = index.Idf(term);
                max += idf * (K1 + 1);
                if (!doc.Terms.TryGetValue(term, out var tf)) continue;
                score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * doc.Length / index.AverageLength));
            }
            if (score <= 0 || max <= 0) continue;
            var normalised = score / max;
            if (issueTypeId is { } id && doc.IssueTypeIds.Contains(id)) normalised = Math.Min(1, normalised * IssueTypeBoost);
            if (!best.TryGetValue(doc.ItemId, out var current) || current.Score < normalised) best[doc.ItemId] = (doc, normalised);
        }
        return best.Values.OrderByDescending(b => b.Score).Take(limit).Select(b =>
        {
            var variant = index.VariantFor(b.Doc.ItemId, language);
            return new KnowledgeMatch(b.Doc.ItemId, variant.Slug, variant.Locale, variant.Title, variant.Summary, Math.Round(b.Score, 4),
                issueTypeId is { } id && b.Doc.IssueTypeIds.Contains(id));
        }).ToList();
    }

    private async Task<Index> GetIndexAsync(CancellationToken cancellationToken)
    {
        if (cached is { } c && clock.UtcNow - c.LoadedAt < Lifetime) return c.Index;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cached is { } again && clock.UtcNow - again.LoadedAt < Lifetime) return again.Index;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
            var rows = await (
                from v in db.ContentVariants.AsNoTracking()
                join i in db.ContentItems.AsNoTracking() on v.ItemId equals i.Id
                join r in db.ContentRevisions.AsNoTracking() on new { VariantId = v.Id, Number = v.PublishedRevision!.Value } equals new { r.VariantId, r.Number }
                where v.Status == ContentStatus.Published && i.Audience == Audience.Public
                select new { i.Id, i.SourceLocale, i.IssueTypeIds, v.Locale, v.Slug, r.Title, r.Summary, r.AlternativePhrasings, r.Body })
                .ToListAsync(cancellationToken);
            var docs = rows.Select(r =>
            {
                var terms = new Dictionary<string, int>();
                void Add(string? s, int weight)
                {
                    foreach (var t in TextTokens.Tokenize(s ?? "")) terms[t] = terms.GetValueOrDefault(t) + weight;
                }
                Add(r.Title, 3);
                foreach (var p in r.AlternativePhrasings) Add(p, 3);
                Add(r.Summary, 2);
                Add(r.Body.Length > 6000 ? r.Body[..6000] : r.Body, 1);
                return new Doc(r.Id, r.SourceLocale, r.IssueTypeIds.ToHashSet(), new Variant(r.Locale, r.Slug, r.Title, r.Summary), terms, terms.Values.Sum());
            }).ToList();
            var index = new Index(docs);
            cached = (clock.UtcNow, index);
            return index;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Variant(string Locale, string Slug, string Title, string? Summary);

    private sealed record Doc(int ItemId, string SourceLocale, HashSet<int> IssueTypeIds, Variant Variant, Dictionary<string, int> Terms, int Length);

    private sealed class Index
    {
        private readonly Dictionary<string, int> documentFrequency = new();
        private readonly ILookup<int, Doc> byItem;

        public Index(List<Doc> docs)
        {
            Docs = docs;
            foreach (var doc in docs)
                foreach (var term in doc.Terms.Keys) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            AverageLength = docs.Count == 0 ? 1 : Math.Max(1, docs.Average(d => d.Length));
            byItem = docs.ToLookup(d => d.ItemId);
        }

        public List<Doc> Docs { get; }

        public double AverageLength { get; }

        public double Idf(string term)
        {
            var n = documentFrequency.GetValueOrDefault(term);
            return Math.Log(1 + (Docs.Count - n + 0.5) / (n + 0.5));
        }

        public Variant VariantFor(int itemId, string language)
        {
            var variants = byItem[itemId].ToList();
            return (variants.FirstOrDefault(v => Locales.Language(v.Variant.Locale) == language)
                    ?? variants.FirstOrDefault(v => v.Variant.Locale == "en")
                    ?? variants.FirstOrDefault(v => v.Variant.Locale == v.SourceLocale)
                    ?? variants[0]).Variant;
        }
    }
}
