namespace Knowledge.Cms.Escalations;

/// <summary>Event bus topics of escalations.</summary>
public static class EscalationTopics
{
    /// <summary>An escalation was committed; entity id = escalation id; attributes <c>tier</c>, <c>teamId</c>, <c>ticketId</c>, <c>level</c>.</summary>
    public const string Raised = "escalation.raised";
}
