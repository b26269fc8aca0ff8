using GraphQL.Types;
using Knowledge.Cms.Tickets;

namespace Knowledge.Schema.Tickets;

public sealed class CreateTicketPayloadGraphType : ObjectGraphType<Ticket>
{
    public CreateTicketPayloadGraphType()
    {
        Name = "CreateTicketPayload";
        Description = "Result of createTicket: the ticket with its triage results.";
        Field<NonNullGraphType<TicketGraphType>>("ticket").Description("The new ticket.").Resolve(c => c.Source);
    }
}

public sealed class UpdateTicketPayloadGraphType : ObjectGraphType<Ticket>
{
    public UpdateTicketPayloadGraphType()
    {
        Name = "UpdateTicketPayload";
        Description = "Result of updateTicket.";
        Field<NonNullGraphType<TicketGraphType>>("ticket").Description("The ticket as saved.").Resolve(c => c.Source);
    }
}

public sealed class AddTicketMessagePayloadGraphType : ObjectGraphType<(Ticket Ticket, TicketMessage Message)>
{
    public AddTicketMessagePayloadGraphType()
    {
        Name = "AddTicketMessagePayload";
        Description = "Result of addTicketMessage.";
        Field<NonNullGraphType<TicketGraphType>>("ticket").Description("The ticket after the message.").Resolve(c => c.Source.Ticket);
        Field<NonNullGraphType<TicketMessageGraphType>>("message").Description("The new message.").Resolve(c => c.Source.Message);
    }
}
