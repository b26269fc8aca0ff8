using System.Globalization;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Churn;

/// <summary>
/// Imports product usage from CSV (<c>account,day,logins,activeSeats,featureEvents</c>; account by database id or exact
/// name) through <see cref="ChurnService.RecordActivityAsync"/>, in batches.
/// </summary>
public sealed class UsageCsvImporter
{
    private readonly KnowledgeDbContext db;
    private readonly ChurnService churn;

    internal UsageCsvImporter(KnowledgeDbContext db, ChurnService churn)
    {
        this.db = db;
        this.churn = churn;
    }

    public async Task<int> ImportAsync(TextReader reader, string name, CancellationToken cancellationToken)
    {
        var (header, rows) = CsvFile.Read(reader, name);
        int Column(string column) => Array.FindIndex(header, h => h.Trim().Equals(column, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
            ? i : throw KnowledgeException.Invalid(column, $"column '{column}' is missing from {name} (expected account,day,logins,activeSeats,featureEvents).");
        var (account, day, logins, seats, events) = (Column("account"), Column("day"), Column("logins"), Column("activeSeats"), Column("featureEvents"));
        var byName = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Name, a => a.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var inputs = new List<ActivityInput>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var line = i + 2;
            var accountId = int.TryParse(row[account], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
                : byName.TryGetValue(row[account].Trim(), out var named) ? named
                : throw KnowledgeException.NotFound($"Account (line {line})", row[account]);
            if (!DateOnly.TryParseExact(row[day].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw KnowledgeException.Invalid($"line {line}.day", $"'{row[day]}' is not a yyyy-MM-dd date.");
            inputs.Add(new ActivityInput(accountId, date, Number(row[logins], line, "logins"), Number(row[seats], line, "activeSeats"), Number(row[events], line, "featureEvents")));
        }
        var stored = 0;
        foreach (var batch in inputs.Chunk(5_000))
            stored += await churn.RecordActivityAsync(batch, cancellationToken);
        return stored;
    }

    private static int Number(string text, int line, string column) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value : throw KnowledgeException.Invalid($"line {line}.{column}", $"'{text}' is not a non-negative whole number.");
}
