namespace Knowledge.Cms.Triage;

/// <summary>What triage does with a reply drawn from the knowledge base.</summary>
public enum AutoReplyMode
{
    /// <summary>Never reply automatically.</summary>
    Off,
    /// <summary>Save the reply as an internal note for an agent to review and send.</summary>
    Draft,
    /// <summary>Send the reply to the customer.</summary>
    Send,
}
