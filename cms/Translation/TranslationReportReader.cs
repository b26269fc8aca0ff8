using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Translation;

/// <summary>Reads the translation reports of revisions, for editors reviewing drafts (staff only).</summary>
public sealed class TranslationReportReader
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;

    internal TranslationReportReader(KnowledgeDbContext db, ICurrentUser user)
    {
        this.db = db;
        this.user = user;
    }

    public async Task<IReadOnlyDictionary<int, TranslationReport>> GetByRevisionIdsAsync(IReadOnlyCollection<int> revisionIds, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return await db.Set<TranslationReport>().AsNoTracking().Where(r => revisionIds.Contains(r.RevisionId)).ToDictionaryAsync(r => r.RevisionId, cancellationToken);
    }
}
