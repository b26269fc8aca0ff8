using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Data;

internal static class TransactionExtensions
{
    /// <summary>
    /// Runs several SaveChanges as one transaction, inside the provider's execution strategy (SQL Server's retrying
    /// strategy refuses user transactions otherwise).
    /// </summary>
    public static Task InTransactionAsync(this KnowledgeDbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await work(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
}
