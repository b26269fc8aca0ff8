using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Tickets;

/// <summary>The ticket root fields.</summary>
public static class TicketFields
{
    public static void AddTicketQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<TicketGraphType, Ticket>>>("tickets")
            .Description("Tickets, filtered and ordered (default: newest first). Staff only.")
            .Requires(AccessLevel.Staff)
            .PagingArgs()
            .Argument<TicketFilterGraphType>("where", "Conditions the tickets must meet.")
            .Argument<ListGraphType<NonNullGraphType<TicketOrderGraphType>>>("orderBy", "Sort keys in order.")
            .Resolve().WithService<TicketReader>()
            .ResolveAsync(async (c, reader) => new PageView<Ticket>(await reader.ListAsync(
                c.GetArgument<TicketFilter?>("where"), c.GetArgument<List<TicketOrder>?>("orderBy"), c.GetPageRequest(), c.CancellationToken)));

        query.Field<TicketGraphType>("ticket")
            .Description("One ticket by id; null when it does not exist. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the ticket.")
            .Resolve(c => c.LoadOne<TicketReader, Ticket>("ticket.byId", GlobalId.Expect(c.GetArgument<string>("id"), "Ticket", "id"),
                (r, ids, ct) => r.GetByIdsAsync(ids, ct)));
    }

    public static void AddTicketMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateTicketPayloadGraphType>>("createTicket")
            .Description("Opens a ticket and triages it. Staff and integration keys (agent role).")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<CreateTicketInputGraphType>>("input", "The new ticket.")
            .Resolve().WithService<TicketService>()
            .ResolveAsync(async (c, s) => await s.CreateAsync(c.GetArgument<CreateTicketCommand>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<AddTicketMessagePayloadGraphType>>("addTicketMessage")
            .Description("Adds a reply, customer message or internal note to a ticket. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<AddTicketMessageInputGraphType>>("input", "The message.")
            .Resolve().WithService<TicketService>()
            .ResolveAsync(async (c, s) => await s.AddMessageAsync(c.GetArgument<AddMessageCommand>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<UpdateTicketPayloadGraphType>>("updateTicket")
            .Description("Changes status, priority, issue type, team, assignee, tags or CSAT. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<UpdateTicketInputGraphType>>("input", "The changes.")
            .Resolve().WithService<TicketService>()
            .ResolveAsync(async (c, s) => await s.UpdateAsync(c.GetArgument<UpdateTicketCommand>("input"), c.CancellationToken));
    }
}
