namespace Knowledge.Cms.Events;

/// <summary>Topics of outbox messages.</summary>
public static class OutboxTopics
{
    /// <summary>A content item changed in a way readers or the index must see (publish, unpublish, archive, revision).</summary>
    public const string ContentChanged = "content.changed";

    /// <summary>A ticket was created or changed (subject, body, messages).</summary>
    public const string TicketChanged = "ticket.changed";
}
