namespace Knowledge.Cms.Translation;

/// <summary>Where a <see cref="TicketTextTranslation"/> comes from.</summary>
public enum TicketTextOrigin
{
    /// <summary>A machine translation made for an agent reading the ticket.</summary>
    MachineTranslation,
    /// <summary>What the agent wrote before the reply was translated into the customer's language and sent.</summary>
    AgentOriginal,
}
