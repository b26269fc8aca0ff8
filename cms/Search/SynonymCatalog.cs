using System.Text;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Cms.Search;

/// <summary>
/// Query-time synonyms: groups of phrases that mean the same, from admin synonym sets and from each published
/// variant's alternative phrasings (grouped with its title). A query containing a phrase of a group is expanded with
/// the group's other phrases — "can't log in" also searches "unable to sign in", 登录不了 also searches 无法登录.
/// Loaded lazily and reloaded after content or synonym changes.
/// </summary>
public sealed class SynonymCatalog(IServiceScopeFactory scopes)
{
    private const int MaxExpansions = 8;
    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile IReadOnlyList<Group>? groups;

    /// <summary>Forgets the loaded groups; the next query reloads them.</summary>
    public void Invalidate() => groups = null;

    public async Task<IReadOnlyList<string>> ExpandAsync(string text, string? locale, CancellationToken cancellationToken)
    {
        var all = groups ?? await LoadAsync(cancellationToken);
        var query = Normalize(text);
        var language = locale is null ? null : Locales.Language(locale);
        var expansions = new List<string>();
        foreach (var group in all)
        {
            if (language is not null && group.Language is not null && group.Language != language) continue;
            if (!group.Phrases.Any(p => Contains(query, p.Normalized))) continue;
            foreach (var phrase in group.Phrases)
            {
                if (Contains(query, phrase.Normalized) || expansions.Contains(phrase.Text, StringComparer.OrdinalIgnoreCase)) continue;
                expansions.Add(phrase.Text);
                if (expansions.Count >= MaxExpansions) return expansions;
            }
        }
        return expansions;
    }

    private async Task<IReadOnlyList<Group>> LoadAsync(CancellationToken cancellationToken)
    {
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (groups is { } loaded) return loaded;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>();
            var result = new List<Group>();
            foreach (var set in await db.Set<SynonymSet>().AsNoTracking().ToListAsync(cancellationToken))
                result.Add(new Group(set.Locale is null ? null : Locales.Language(set.Locale), set.Terms.Select(Phrase.Of).ToList()));
            var phrased = await (
                    from v in db.ContentVariants.AsNoTracking()
                    where v.Status == ContentStatus.Published && v.PublishedRevision != null
                    from r in db.ContentRevisions.AsNoTracking()
                    where r.VariantId == v.Id && r.Number == v.PublishedRevision && r.AlternativePhrasings.Count > 0
                    select new { v.Locale, r.Title, r.AlternativePhrasings })
                .ToListAsync(cancellationToken);
            foreach (var p in phrased)
                result.Add(new Group(Locales.Language(p.Locale), p.AlternativePhrasings.Prepend(p.Title).Select(Phrase.Of).ToList()));
            groups = result;
            return result;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>Phrases match on whole words for spaced scripts, on characters for CJK and Thai.</summary>
    private static bool Contains(string query, string phrase) =>
        phrase.Length > 0 && (IsUnspaced(phrase) ? query.Contains(phrase.Trim(), StringComparison.Ordinal) : query.Contains(phrase, StringComparison.Ordinal));

    private static bool IsUnspaced(string text) => text.Any(c => c is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af' or >= '\u0e00' and <= '\u0e7f');

    /// <summary>Lower case, typographic apostrophes unified, everything but letters, digits and apostrophes a single space, padded.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var raw in text.ToLowerInvariant())
        {
            var c = raw is '\u2019' or '\u2018' or '`' ? '\'' : raw;
            if (char.IsLetterOrDigit(c) || c == '\'' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                builder.Append(c);
            else if (builder[^1] != ' ') builder.Append(' ');
        }
        if (builder[^1] != ' ') builder.Append(' ');
        return builder.ToString();
    }

    private sealed record Group(string? Language, IReadOnlyList<Phrase> Phrases);

    private sealed record Phrase(string Text, string Normalized)
    {
        public static Phrase Of(string text) => new(text.Trim(), Normalize(text));
    }
}
