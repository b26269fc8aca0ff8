using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Tickets;
using Knowledge.Cms.Translation;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Languages;

/// <summary>Translation's field on Ticket (kept here so the ticket type stays small).</summary>
public static class TicketTranslationFields
{
    public static void AddTranslationFields(this ObjectGraphType<Ticket> ticket)
    {
        ticket.Field<TicketTranslationGraphType>("translation")
            .Description("The ticket translated for the agent: subject, body and every message side by side with their originals and detected languages, with notes on the customer's register and emotion. "
                         + "Translations are stored, so reopening costs nothing. Without a translation provider the originals and notes are returned and the notice says so. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<StringGraphType>>("targetLocale", "The agent's locale, e.g. en or de.")
            .Resolve().WithService<TicketTranslationService>()
            .ResolveAsync(async (c, s) => await s.TranslateAsync(c.Source.Id, c.GetArgument<string>("targetLocale"), c.CancellationToken));
    }
}
