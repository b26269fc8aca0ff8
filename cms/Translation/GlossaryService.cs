using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Translation;

/// <summary>
/// The per-locale glossary: agents read it, admins maintain it, and every translation (articles, tickets, replies,
/// search) takes its terms for the target locale from here.
/// </summary>
public sealed class GlossaryService
{
    public const int MaxTermLength = 120;
    public const int MaxNoteLength = 500;

    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;

    internal GlossaryService(KnowledgeDbContext db, ICurrentUser user, IClock clock)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    /// <summary>
    /// The entries that apply to <paramref name="locale"/> (its own, its language's and those for every locale; the
    /// most specific wins per term), or every entry when <paramref name="locale"/> is null. Staff only.
    /// </summary>
    public async Task<IReadOnlyList<GlossaryEntry>> ListAsync(string? locale, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        if (locale is null)
            return await db.Set<GlossaryEntry>().AsNoTracking().OrderBy(e => e.Locale).ThenBy(e => e.SourceTerm).ToListAsync(cancellationToken);
        return await EffectiveAsync(Guard.Locale(locale, "locale"), cancellationToken);
    }

    /// <summary>The glossary a translation into <paramref name="targetLocale"/> must honour (no access check: used by jobs).</summary>
    public async Task<IReadOnlyList<GlossaryTerm>> TermsForAsync(string targetLocale, CancellationToken cancellationToken) =>
        (await EffectiveAsync(Guard.Locale(targetLocale, "targetLocale"), cancellationToken)).Select(e => e.ToTerm()).ToList();

    public async Task<GlossaryEntry> UpsertAsync(UpsertGlossaryTermCommand command, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var locale = command.Locale?.Trim() == GlossaryEntry.AnyLocale ? GlossaryEntry.AnyLocale : Guard.Locale(command.Locale, "input.locale");
        var term = Guard.Required(command.SourceTerm, "input.sourceTerm", MaxTermLength);
        var translation = Guard.Optional(command.Translation, "input.translation", MaxTermLength);
        if (command.Protected && translation is not null)
            throw KnowledgeException.Invalid("input.translation", "must be empty for a protected term (protected terms are never translated).");
        if (!command.Protected && translation is null)
            throw KnowledgeException.Invalid("input.translation", "is required unless the term is protected.");
        if (term.Contains('"') || translation?.Contains('"') == true)
            throw KnowledgeException.Invalid(translation?.Contains('"') == true ? "input.translation" : "input.sourceTerm",
                "must not contain a double quote (providers' glossary markup cannot carry it).");
        var note = Guard.Optional(command.Note, "input.note", MaxNoteLength);
        var now = clock.UtcNow;
        // Few entries per locale: matching in memory keeps "SSO" and "sso" one entry on every database collation.
        var existing = (await db.Set<GlossaryEntry>().Where(e => e.Locale == locale).ToListAsync(cancellationToken))
            .FirstOrDefault(e => string.Equals(e.SourceTerm, term, StringComparison.OrdinalIgnoreCase));
        if (existing is null)
        {
            existing = new GlossaryEntry { Locale = locale, SourceTerm = term, CreatedAt = now };
            db.Add(existing);
        }
        existing.SourceTerm = term;
        existing.Translation = translation;
        existing.CaseSensitive = command.CaseSensitive;
        existing.Note = note;
        existing.UpdatedAt = now;
        await db.SaveWithConcurrencyAsync("GlossaryTerm", cancellationToken);
        return existing;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        return await db.Set<GlossaryEntry>().Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private async Task<IReadOnlyList<GlossaryEntry>> EffectiveAsync(string locale, CancellationToken cancellationToken)
    {
        var chain = Locales.FallbackChain(locale, GlossaryEntry.AnyLocale).ToList(); // de-CH → de → *
        var entries = await db.Set<GlossaryEntry>().AsNoTracking().Where(e => chain.Contains(e.Locale)).ToListAsync(cancellationToken);
        return entries
            .GroupBy(e => e.SourceTerm, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(e => chain.IndexOf(e.Locale)).First())
            .OrderBy(e => e.SourceTerm, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
