namespace Knowledge.Cms.Tickets;

/// <summary>
/// Triage's hooks into the ticket lifecycle. Each runs inside the caller's unit of work (before SaveChanges) and
/// returns what must happen only after the commit (publishing events), or null.
/// </summary>
public interface ITicketTriage
{
    /// <summary>Classifies, prioritises and routes a new ticket; adds its triage, event, escalation and reply rows.</summary>
    Task<Func<CancellationToken, Task>?> OnCreatingAsync(Ticket ticket, TicketCreationHints hints, CancellationToken cancellationToken);

    /// <summary>A customer wrote on <paramref name="ticket"/>; <paramref name="previousStatus"/> is its status before.</summary>
    Task<Func<CancellationToken, Task>?> OnCustomerMessageAsync(Ticket ticket, TicketMessage message, TicketStatus previousStatus, CancellationToken cancellationToken);
}

/// <summary>What the creator set explicitly, which triage must not override.</summary>
public sealed record TicketCreationHints(bool LanguageGiven, bool PriorityGiven, bool IssueTypeGiven);
