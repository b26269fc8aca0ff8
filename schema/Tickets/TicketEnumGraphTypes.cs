using GraphQL.Types;
using Knowledge.Cms.Tickets;

namespace Knowledge.Schema.Tickets;

public sealed class ChannelGraphType : EnumerationGraphType<Channel>
{
    public ChannelGraphType()
    {
        Name = "Channel";
        Description = "Where a ticket came in: EMAIL, CHAT, WEB, SOCIAL, PHONE.";
    }
}

public sealed class TicketStatusGraphType : EnumerationGraphType<TicketStatus>
{
    public TicketStatusGraphType()
    {
        Name = "TicketStatus";
        Description = "Lifecycle: NEW → OPEN → AWAITING_CUSTOMER / ESCALATED → RESOLVED → CLOSED.";
    }
}

public sealed class PriorityGraphType : EnumerationGraphType<Priority>
{
    public PriorityGraphType()
    {
        Name = "Priority";
        Description = "P1 (most urgent) to P4.";
    }

    // The default CONSTANT_CASE would print P_1.
    protected override string ChangeEnumCase(string val) => val.ToUpperInvariant();
}

public sealed class EmotionGraphType : EnumerationGraphType<Emotion>
{
    public EmotionGraphType()
    {
        Name = "Emotion";
        Description = "Customer emotion read from a message.";
    }
}

public sealed class SeverityGraphType : EnumerationGraphType<Severity>
{
    public SeverityGraphType()
    {
        Name = "Severity";
        Description = "Technical severity: OUTAGE, DEGRADED, INCONVENIENCE, QUESTION.";
    }
}

public sealed class MessageKindGraphType : EnumerationGraphType<MessageKind>
{
    public MessageKindGraphType()
    {
        Name = "MessageKind";
        Description = "CUSTOMER and AGENT messages are visible to the customer; INTERNAL_NOTE is for staff only.";
    }
}

public sealed class TicketOrderFieldGraphType : EnumerationGraphType<TicketOrderField>
{
    public TicketOrderFieldGraphType()
    {
        Name = "TicketOrderField";
        Description = "Sortable ticket fields.";
    }
}
