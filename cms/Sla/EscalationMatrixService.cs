using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Knowledge.Cms.Sla;

/// <summary>Reads the escalation matrix (staff) and changes its cells and calendars (admins), with optimistic concurrency.</summary>
public sealed class EscalationMatrixService
{
    private const int MaxMinutes = 366 * 24 * 60;
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;
    private readonly IMemoryCache cache;

    internal EscalationMatrixService(KnowledgeDbContext db, ICurrentUser user, IClock clock, IMemoryCache cache)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.cache = cache;
    }

    public async Task<EscalationMatrix> GetAsync(CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var policies = await db.Set<SlaPolicy>().AsNoTracking().Include(p => p.Calendar).ToListAsync(cancellationToken);
        var calendars = await db.Set<BusinessCalendar>().AsNoTracking().OrderBy(c => c.Slug).ToListAsync(cancellationToken);
        // Enums are stored by name, so the database would sort tiers alphabetically; the matrix reads best in tier order.
        return new EscalationMatrix(policies.OrderBy(p => p.Tier).ThenBy(p => p.Priority).ToList(), calendars);
    }

    /// <summary>Creates or changes cells (upsert by tier and priority), all or none; returns the changed cells.</summary>
    public async Task<IReadOnlyList<SlaPolicy>> UpdatePoliciesAsync(IReadOnlyList<SlaPolicyInput> inputs, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        if (inputs.Count == 0) throw KnowledgeException.Invalid("input.policies", "must hold at least one cell.");
        var calendars = await db.Set<BusinessCalendar>().ToDictionaryAsync(c => c.Slug, cancellationToken);
        var existing = await db.Set<SlaPolicy>().ToListAsync(cancellationToken);
        var seen = new HashSet<(Accounts.AccountTier, Tickets.Priority)>();
        var changed = new List<SlaPolicy>();
        var now = clock.UtcNow;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var path = $"input.policies[{i}]";
            var tier = input.Tier ?? throw KnowledgeException.Invalid(path + ".tier", "is required.");
            var priority = input.Priority ?? throw KnowledgeException.Invalid(path + ".priority", "is required.");
            if (!Enum.IsDefined(tier)) throw KnowledgeException.Invalid(path + ".tier", $"'{tier}' is not a known tier.");
            if (!Enum.IsDefined(priority)) throw KnowledgeException.Invalid(path + ".priority", $"'{priority}' is not a known priority.");
            if (!seen.Add((tier, priority))) throw KnowledgeException.Invalid(path + ".priority", $"{tier}/{priority} appears twice in the input.");
            var policy = existing.FirstOrDefault(p => p.Tier == tier && p.Priority == priority);
            if (policy is null)
            {
                foreach (var (missing, given) in new[] { ("firstResponseMinutes", input.FirstResponseMinutes is not null), ("resolutionMinutes", input.ResolutionMinutes is not null), ("calendar", input.Calendar is not null) })
                    if (!given) throw KnowledgeException.Invalid($"{path}.{missing}", $"is required for the new cell {tier}/{priority}.");
                policy = new SlaPolicy { Tier = tier, Priority = priority };
                db.Add(policy);
            }
            else
            {
                ConcurrencyCheck.Expect(policy.Version, input.ExpectedVersion, $"Escalation matrix cell {tier}/{priority}");
            }
            if (input.FirstResponseMinutes is { } firstResponse) policy.FirstResponseMinutes = Minutes(firstResponse, path + ".firstResponseMinutes");
            if (input.ResolutionMinutes is { } resolution) policy.ResolutionMinutes = Minutes(resolution, path + ".resolutionMinutes");
            if (policy.ResolutionMinutes < policy.FirstResponseMinutes)
                throw KnowledgeException.Invalid(path + ".resolutionMinutes", $"must not be shorter than the first-response target ({policy.FirstResponseMinutes} minutes).");
            if (input.Calendar is { } slug)
            {
                policy.Calendar = calendars.GetValueOrDefault(slug.Trim())
                                  ?? throw KnowledgeException.Invalid(path + ".calendar", $"'{slug}' is not a known calendar (known: {string.Join(", ", calendars.Keys.Order())}).");
            }
            if (input.RequiredSeniority is { } level)
                policy.RequiredSeniority = Enum.IsDefined(level) ? level : throw KnowledgeException.Invalid(path + ".requiredSeniority", $"'{level}' is not a known level.");
            if (input.Notify is { } roles) policy.Notify = roles.Distinct().ToList();
            policy.UpdatedAt = now;
            policy.UpdatedBy = user.Viewer.KeyName;
            changed.Add(policy);
        }
        await db.SaveWithConcurrencyAsync("Escalation matrix cell", cancellationToken);
        SlaPolicies.Invalidate(cache);
        return changed;
    }

    /// <summary>Creates or changes a calendar by slug.</summary>
    public async Task<BusinessCalendar> SaveCalendarAsync(BusinessCalendarInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var slug = Guard.Slug(input.Slug, "input.slug");
        var now = clock.UtcNow;
        var calendar = await db.Set<BusinessCalendar>().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        if (calendar is null)
        {
            calendar = new BusinessCalendar { Slug = slug, Name = Guard.Required(input.Name, "input.name", 120), CreatedAt = now };
            db.Add(calendar);
        }
        else
        {
            ConcurrencyCheck.Expect(calendar.Version, input.ExpectedVersion, $"Business calendar '{slug}'");
            if (input.Name is not null) calendar.Name = Guard.Required(input.Name, "input.name", 120);
        }
        if (input.TimeZoneGiven) calendar.TimeZone = input.TimeZone is null ? null : Guard.TimeZone(input.TimeZone, "input.timeZone");
        if (input.AlwaysOpen is { } alwaysOpen) calendar.AlwaysOpen = alwaysOpen;
        if (input.WorkingDays is { } days) calendar.WorkingDays = days.Distinct().Order().ToList();
        if (input.Opens is not null) calendar.OpensAtMinute = ClockTime.Parse(input.Opens, "input.opens");
        if (input.Closes is not null) calendar.ClosesAtMinute = ClockTime.Parse(input.Closes, "input.closes");
        if (input.Holidays is { } holidays) calendar.Holidays = ClockTime.Dates(holidays, "input.holidays");
        if (!calendar.AlwaysOpen && calendar.WorkingDays.Count == 0)
            throw KnowledgeException.Invalid("input.workingDays", "must name at least one day unless alwaysOpen is true.");
        if (calendar.ClosesAtMinute <= calendar.OpensAtMinute)
            throw KnowledgeException.Invalid(input.Closes is not null ? "input.closes" : "input.opens",
                $"closing time {ClockTime.Format(calendar.ClosesAtMinute)} must be after opening time {ClockTime.Format(calendar.OpensAtMinute)}.");
        calendar.UpdatedAt = now;
        await db.SaveWithConcurrencyAsync("Business calendar", cancellationToken);
        SlaPolicies.Invalidate(cache);
        return calendar;
    }

    /// <summary>Seeds the default matrix into a database that has none (fresh installs, demo or not); safe for racing instances.</summary>
    internal async Task<bool> EnsureDefaultsAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<SlaPolicy>().AnyAsync(cancellationToken)) return false;
        var now = clock.UtcNow;
        var calendars = await db.Set<BusinessCalendar>().ToDictionaryAsync(c => c.Slug, cancellationToken);
        foreach (var calendar in SlaMatrixDefaults.Calendars(now).Where(c => !calendars.ContainsKey(c.Slug)))
        {
            db.Add(calendar);
            calendars[calendar.Slug] = calendar;
        }
        db.AddRange(SlaMatrixDefaults.Policies(calendars, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded the same cells first (unique tier × priority); anything else is a real failure.
            if (await OtherInstanceSeededAsync(cancellationToken)) return false;
            throw;
        }
        SlaPolicies.Invalidate(cache);
        return true;
    }

    private async Task<bool> OtherInstanceSeededAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<SlaPolicy>().AnyAsync(cancellationToken);
    }

    private static int Minutes(int value, string field) =>
        value is > 0 and <= MaxMinutes ? value : throw KnowledgeException.Invalid(field, $"must be a positive number of minutes up to {MaxMinutes} (got {value}).");
}
