using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Translation;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Languages;

/// <summary>Replies translated into the customer's language and register, and locale formatting of placeholders.</summary>
public static class ReplyTranslationFields
{
    public static void AddReplyTranslationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ReplyTranslationGraphType>>("translateReply")
            .Description("Translates an agent's reply draft into the ticket's language in the customer's register, with a back-translation and its chrF quality score; "
                         + "{{date:…}}, {{datetime:…}}, {{number:…}}, {{money:…}} and {{percent:…}} placeholders are formatted for the customer's locale. Nothing is sent. "
                         + "UNAVAILABLE without a translation provider when the draft is in another language. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<TranslateReplyInputGraphType>>("input", "The ticket and the draft.")
            .Resolve().WithService<ReplyTranslationService>()
            .ResolveAsync(async (c, s) => await s.TranslateAsync(c.GetArgument<TranslateReplyCommand>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<SendTranslatedReplyPayloadGraphType>>("sendTranslatedReply")
            .Description("Adds an agent reply in the customer's language: the given (reviewed) translation, or a fresh one. The agent's original is kept with the message "
                         + "(see Ticket.translation, status AGENT_ORIGINAL). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<SendTranslatedReplyInputGraphType>>("input", "The ticket, the agent's text and optionally the reviewed translation.")
            .Resolve().WithService<ReplyTranslationService>()
            .ResolveAsync(async (c, s) =>
            {
                var (message, translation) = await s.SendAsync(c.GetArgument<SendTranslatedReplyCommand>("input"), c.CancellationToken);
                return new SentReply(message, translation);
            });
    }

    public static void AddLocaleFormattingQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<StringGraphType>>("formatForLocale")
            .Description("Formats the {{date:2026-07-15}}, {{datetime:2026-07-15T14:30:00Z}}, {{number:1234.5}}, {{money:1234.50 EUR}} and {{percent:0.125}} placeholders of a text "
                         + "(a reply, an auto-reply or notification template) for a locale: dates, numbers and currency as readers there write them. Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<StringGraphType>>("text", "Text with placeholders (at most 100,000 characters).")
            .Argument<NonNullGraphType<StringGraphType>>("locale", "The reader's locale, e.g. de, en-GB, ja, ar.")
            .Argument<StringGraphType>("timeZone", "IANA time zone for datetime placeholders (default UTC).")
            .Resolve(c => LocaleFormatter.Render(Knowledge.Cms.Common.Guard.Required(c.GetArgument<string>("text"), "text", 100_000),
                c.GetArgument<string>("locale"), "text", c.GetArgument<string?>("timeZone")));
    }
}

/// <summary>The result of sendTranslatedReply.</summary>
public sealed record SentReply(Knowledge.Cms.Tickets.TicketMessage Message, ReplyTranslation Translation);
