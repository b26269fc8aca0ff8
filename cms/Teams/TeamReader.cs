using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Teams;

/// <summary>Reads teams and agents (staff only).</summary>
public sealed class TeamReader
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;

    internal TeamReader(KnowledgeDbContext db, ICurrentUser user)
    {
        this.db = db;
        this.user = user;
    }

    public async Task<IReadOnlyList<Team>> ListTeamsAsync(CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
    }

    public Task<Page<Agent>> ListAgentsAsync(AgentFilter? filter, PageRequest page, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var query = db.Agents.AsNoTracking();
        if (filter is not null)
        {
            query = query
                .WhereIf(filter.TeamId is not null, a => a.TeamId == filter.TeamId)
                .WhereIf(filter.Language is not null, a => a.Languages.Contains(filter.Language!))
                .WhereIf(filter.Skill is not null, a => a.Skills.Contains(filter.Skill!))
                .WhereIf(filter.Availability is not null, a => a.Availability == filter.Availability);
            if (filter.MinSeniority is { } min)
            {
                var levels = Enum.GetValues<Seniority>().Where(s => s >= min).ToList();
                query = query.Where(a => levels.Contains(a.Seniority));
            }
        }
        return query.OrderBy(a => a.Name).ThenBy(a => a.Id).ToPageAsync(page, cancellationToken);
    }

    public Task<IReadOnlyDictionary<int, Team>> GetTeamsByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return db.Teams.AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }

    public Task<IReadOnlyDictionary<int, Agent>> GetAgentsByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        return db.Agents.AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }

    public async Task<ILookup<int, Agent>> GetAgentsByTeamIdsAsync(IReadOnlyCollection<int> teamIds, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var agents = await db.Agents.AsNoTracking().Where(a => teamIds.Contains(a.TeamId)).OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return agents.ToLookup(a => a.TeamId);
    }
}
