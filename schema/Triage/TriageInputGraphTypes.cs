using GraphQL.Types;
using Knowledge.Cms.Tickets;
using Knowledge.Cms.Triage;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Triage;

/// <summary>The arguments of classifyText.</summary>
public sealed record ClassifyTextInput(string? Subject, string? Text, string? Language, int? AccountId);

public sealed class ClassifyTextInputGraphType : InputObjectGraphType<ClassifyTextInput>
{
    public ClassifyTextInputGraphType()
    {
        Name = "ClassifyTextInput";
        Description = "A text to triage without creating a ticket.";
        Field<StringGraphType>("subject").Description("Optional subject line.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The customer's message.");
        Field<StringGraphType>("language").Description("Language code; detected when omitted.");
        Field<IdGraphType>("accountId").Description("The customer account, for tier and repeat factors.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ClassifyTextInput(
        value.Value<string>("subject"), value.Value<string>("text"), value.Value<string>("language"), value.Id("accountId", "Account", "input.accountId"));
}

public sealed class CorrectTicketTriageInputGraphType : InputObjectGraphType<CorrectTriageCommand>
{
    public CorrectTicketTriageInputGraphType()
    {
        Name = "CorrectTicketTriageInput";
        Description = "An agent's correction of a ticket's triage. It is applied and kept as a training label.";
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket.");
        Field<NonNullGraphType<IdGraphType>>("issueTypeId").Description("The right issue type.");
        Field<IdGraphType>("teamId").Description("The right team; default: the issue type's owning team.");
        Field<SeverityGraphType>("severity").Description("The right severity, if triage got it wrong.");
        Field<EmotionGraphType>("emotion").Description("The right emotion, if triage got it wrong.");
        Field<StringGraphType>("reason").Description("Why, for the ticket history.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CorrectTriageCommand(
        GlobalId.Expect(value.Value<string>("ticketId"), "Ticket", "input.ticketId"),
        GlobalId.Expect(value.Value<string>("issueTypeId"), "IssueType", "input.issueTypeId"),
        value.Id("teamId", "Team", "input.teamId"), value.Value<Severity?>("severity"), value.Value<Emotion?>("emotion"), value.Value<string>("reason"));
}

public sealed class CorrectTicketTriagePayloadGraphType : ObjectGraphType<Ticket>
{
    public CorrectTicketTriagePayloadGraphType()
    {
        Name = "CorrectTicketTriagePayload";
        Description = "Result of correctTicketTriage.";
        Field<NonNullGraphType<TicketGraphType>>("ticket").Description("The corrected ticket.").Resolve(c => c.Source);
    }
}
