using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Teams;

/// <summary>Creates and changes teams and agents (admins).</summary>
public sealed class TeamService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;

    internal TeamService(KnowledgeDbContext db, ICurrentUser user, IClock clock)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    public async Task<Team> CreateTeamAsync(TeamInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var team = new Team
        {
            Slug = Guard.Slug(input.Slug, "input.slug"),
            Name = Guard.Required(input.Name, "input.name", 120),
            Description = Guard.Optional(input.Description, "input.description", 1000),
            Skills = Guard.Tags(input.Skills, "input.skills").ToList(),
            CreatedAt = clock.UtcNow,
        };
        if (await db.Teams.AnyAsync(t => t.Slug == team.Slug, cancellationToken))
            throw KnowledgeException.Invalid("input.slug", $"a team with slug '{team.Slug}' already exists.");
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);
        return team;
    }

    public async Task<Team> UpdateTeamAsync(int id, TeamInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw KnowledgeException.NotFound("Team", id.ToString());
        if (input.Slug is not null)
        {
            team.Slug = Guard.Slug(input.Slug, "input.slug");
            if (await db.Teams.AnyAsync(t => t.Slug == team.Slug && t.Id != id, cancellationToken))
                throw KnowledgeException.Invalid("input.slug", $"a team with slug '{team.Slug}' already exists.");
        }
        if (input.Name is not null) team.Name = Guard.Required(input.Name, "input.name", 120);
        if (input.Description is not null) team.Description = Guard.Optional(input.Description, "input.description", 1000);
        if (input.Skills is not null) team.Skills = Guard.Tags(input.Skills, "input.skills").ToList();
        await db.SaveWithConcurrencyAsync("Team", cancellationToken);
        return team;
    }

    public async Task<Agent> CreateAgentAsync(AgentInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var agent = new Agent
        {
            Name = Guard.Required(input.Name, "input.name", 200),
            Email = Guard.Email(input.Email, "input.email"),
            Seniority = input.Seniority ?? Seniority.Mid,
            Capacity = 10,
            Availability = input.Availability ?? Availability.Available,
            CreatedAt = clock.UtcNow,
        };
        if (input.TeamId is null) throw KnowledgeException.Invalid("input.teamId", "is required.");
        await ApplyAsync(agent, input, cancellationToken);
        db.Agents.Add(agent);
        await db.SaveChangesAsync(cancellationToken);
        return agent;
    }

    public async Task<Agent> UpdateAgentAsync(int id, AgentInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var agent = await db.Agents.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw KnowledgeException.NotFound("Agent", id.ToString());
        if (input.Name is not null) agent.Name = Guard.Required(input.Name, "input.name", 200);
        if (input.Email is not null) agent.Email = Guard.Email(input.Email, "input.email");
        if (input.Seniority is { } s) agent.Seniority = s;
        if (input.Availability is { } a) agent.Availability = a;
        await ApplyAsync(agent, input, cancellationToken);
        await db.SaveWithConcurrencyAsync("Agent", cancellationToken);
        return agent;
    }

    private async Task ApplyAsync(Agent agent, AgentInput input, CancellationToken cancellationToken)
    {
        if (input.TeamId is { } teamId)
        {
            if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken)) throw KnowledgeException.NotFound("Team", teamId.ToString());
            agent.TeamId = teamId;
        }
        if (input.Email is not null && await db.Agents.AnyAsync(x => x.Email == agent.Email && x.Id != agent.Id, cancellationToken))
            throw KnowledgeException.Invalid("input.email", $"an agent with email '{agent.Email}' already exists.");
        if (input.Skills is not null) agent.Skills = Guard.Tags(input.Skills, "input.skills").ToList();
        if (input.Languages is not null)
            agent.Languages = input.Languages.Select((l, i) => Locales.Language(Guard.Locale(l, $"input.languages[{i}]"))).Distinct().ToList();
        if (input.Capacity is { } capacity) agent.Capacity = Guard.Range(capacity, 0, 500, "input.capacity");
        if (input.TimeZone is not null) agent.TimeZone = Guard.TimeZone(input.TimeZone, "input.timeZone");
    }
}
