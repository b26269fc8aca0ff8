namespace Knowledge.Cms.Tickets;

/// <summary>What changed a ticket.</summary>
public enum TicketActorKind
{
    /// <summary>The triage model's decision.</summary>
    Triage,
    /// <summary>A deterministic rule (escalation, auto-reply follow-up, SLA).</summary>
    Rule,
    /// <summary>A person (or their API key).</summary>
    Agent,
}
