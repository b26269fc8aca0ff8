using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Escalations;
using Knowledge.Schema.Accounts;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Escalations;

/// <summary>The escalation root fields: the list agents work from, and taking one on.</summary>
public static class EscalationFields
{
    public static void AddEscalationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<EscalationGraphType, Escalation>>>("escalations")
            .Description("Escalations, newest first, with their reasons and hand-off context. Staff only.")
            .Requires(AccessLevel.Staff)
            .PagingArgs()
            .Argument<EscalationFilterGraphType>("where", "Conditions the escalations must meet.")
            .Resolve().WithService<EscalationReader>()
            .ResolveAsync(async (c, reader) => new PageView<Escalation>(await reader.ListAsync(
                c.GetArgument<EscalationFilter?>("where"), c.GetPageRequest(), c.CancellationToken)));
    }

    public static void AddEscalationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AcknowledgeEscalationPayloadGraphType>>("acknowledgeEscalation")
            .Description("Takes an open escalation on; CONFLICT when someone already did. Recorded on the ticket's history. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<AcknowledgeEscalationInputGraphType>>("input", "The escalation and an optional note.")
            .Resolve().WithService<EscalationService>()
            .ResolveAsync(async (c, service) =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var id = GlobalId.Expect(input.Value<string>("id")!, "Escalation", "input.id");
                return await service.AcknowledgeAsync(id, input.Value<string>("note"), c.CancellationToken);
            });
    }
}

public sealed class EscalationFilterGraphType : InputObjectGraphType<EscalationFilter>
{
    public EscalationFilterGraphType()
    {
        Name = "EscalationFilter";
        Description = "Conditions on escalations; all given ones must hold.";
        Field<AccountTierGraphType>("tier").Description("From accounts of this tier.");
        Field<IdGraphType>("teamId").Description("Owned by this team.");
        Field<IdGraphType>("accountId").Description("From this account.");
        Field<IdGraphType>("ticketId").Description("Raised on this ticket.");
        Field<BooleanGraphType>("open").Description("true: not yet acknowledged; false: acknowledged.");
        Field<StringGraphType>("reason").Description("A reason code or its prefix, e.g. `legal-threat` or `sla-`.");
        Field<IntGraphType>("minLevel").Description("At least this level (1 team lead … 3 management).");
        Field<DateTimeGraphType>("createdAfter").Description("Raised at or after this instant.");
        Field<DateTimeGraphType>("createdBefore").Description("Raised before this instant.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new EscalationFilter(
        value.Value<AccountTier?>("tier"), value.Id("teamId", "Team", "where.teamId"), value.Id("accountId", "Account", "where.accountId"),
        value.Id("ticketId", "Ticket", "where.ticketId"), value.Value<bool?>("open"), value.Value<string>("reason"),
        value.Value<int?>("minLevel"), value.Value<DateTime?>("createdAfter"), value.Value<DateTime?>("createdBefore"));
}

public sealed class AcknowledgeEscalationInputGraphType : InputObjectGraphType
{
    public AcknowledgeEscalationInputGraphType()
    {
        Name = "AcknowledgeEscalationInput";
        Description = "Which escalation to take on.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the escalation.");
        Field<StringGraphType>("note").Description("Optional note for the ticket's history (at most 2,000 characters).");
    }
}

public sealed class AcknowledgeEscalationPayloadGraphType : ObjectGraphType<Escalation>
{
    public AcknowledgeEscalationPayloadGraphType()
    {
        Name = "AcknowledgeEscalationPayload";
        Description = "The acknowledged escalation.";
        Field<NonNullGraphType<EscalationGraphType>>("escalation").Description("The escalation, now acknowledged.").Resolve(c => c.Source);
    }
}
