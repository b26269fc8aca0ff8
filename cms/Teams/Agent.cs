using Knowledge.Cms.Common;

namespace Knowledge.Cms.Teams;

/// <summary>A support agent: what they know, which languages they speak, how much they can take.</summary>
public sealed class Agent : IEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public int TeamId { get; set; }
    public Team? Team { get; set; }
    public List<string> Skills { get; set; } = [];
    /// <summary>Language codes the agent answers in, e.g. <c>en</c>, <c>de</c>.</summary>
    public List<string> Languages { get; set; } = [];
    public Seniority Seniority { get; set; }
    /// <summary>How many open tickets the agent can carry at once.</summary>
    public int Capacity { get; set; }
    public Availability Availability { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
