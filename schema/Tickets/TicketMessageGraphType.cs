using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Teams;

namespace Knowledge.Schema.Tickets;

public sealed class TicketMessageGraphType : ObjectGraphType<TicketMessage>
{
    public TicketMessageGraphType()
    {
        Name = "TicketMessage";
        Description = "One message of a ticket thread. Staff only.";
        this.Requires(AccessLevel.Staff);
        this.IsNode("TicketMessage");
        Field<NonNullGraphType<MessageKindGraphType>>("kind").Description("Customer message, agent reply or internal note.").Resolve(c => c.Source.Kind);
        Field(m => m.Body).Description("Text of the message.");
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was written.").Resolve(c => c.Source.CreatedAt);
        Field(m => m.AuthorName, nullable: true).Description("Author when neither an agent nor a contact (e.g. an integration key).");
        Field<AgentGraphType>("authorAgent").Description("The agent who wrote it.")
            .Resolve(c => c.LoadOne<TeamReader, Agent>("message.agent", c.Source.AuthorAgentId, (r, ids, ct) => r.GetAgentsByIdsAsync(ids, ct)));
        Field<ContactGraphType>("authorContact").Description("The customer contact who wrote it.")
            .Resolve(c => c.LoadOne<AccountReader, Contact>("message.contact", c.Source.AuthorContactId, (r, ids, ct) => r.GetContactsByIdsAsync(ids, ct)));
    }
}
