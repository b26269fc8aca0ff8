using GraphQL.Types;
using Knowledge.Cms.Translation;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Languages;

public sealed class ReplyTranslationGraphType : ObjectGraphType<ReplyTranslation>
{
    public ReplyTranslationGraphType()
    {
        Name = "ReplyTranslation";
        Description = "An agent's reply in the customer's language and register, with a back-translation to check it.";
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket.").Resolve(c => GlobalId.Encode("Ticket", c.Source.TicketId));
        Field(r => r.SourceLocale).Description("The agent's language (given or detected).");
        Field(r => r.TargetLocale).Description("The customer's locale (their contact's preferred locale when it is in the ticket's language, else the ticket's language).");
        Field(r => r.Original).Description("The agent's text, placeholders formatted for the agent's locale.");
        Field(r => r.Translation).Description("What the customer gets, placeholders formatted for the customer's locale.");
        Field(r => r.BackTranslation, nullable: true).Description("The translation translated back into the agent's language; null when no translation was needed or the provider failed.");
        Field(r => r.QualityScore, nullable: true).Description("chrF (0–1) of the back-translation against the original: 1 = same words; below about 0.5, read the translation again.");
        Field(r => r.Provider).Description("Who translated: azure-translator, chat:<model>, agent (edited by the agent) or none (already in the customer's language).");
        Field<NonNullGraphType<RegisterNoteGraphType>>("customerRegister").Description("The register the customer writes in.").Resolve(c => c.Source.CustomerRegister);
        Field<NonNullGraphType<ReplyRegisterGraphType>>("register").Description("The register asked of the translation.").Resolve(c => c.Source.Register);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notes")
            .Description("For the agent: the register instruction, provider limitations (Azure Translator has no formality control), glossary violations.").Resolve(c => c.Source.Notes);
    }
}

public sealed class SendTranslatedReplyPayloadGraphType : ObjectGraphType<SentReply>
{
    public SendTranslatedReplyPayloadGraphType()
    {
        Name = "SendTranslatedReplyPayload";
        Description = "Result of sendTranslatedReply.";
        Field<NonNullGraphType<TicketMessageGraphType>>("message").Description("The reply as sent (in the customer's language).").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<ReplyTranslationGraphType>>("translation").Description("The original, translation, back-translation and score kept with it.").Resolve(c => c.Source.Translation);
    }
}

public sealed class TranslateReplyInputGraphType : InputObjectGraphType<TranslateReplyCommand>
{
    public TranslateReplyInputGraphType()
    {
        Name = "TranslateReplyInput";
        Description = "An agent's reply draft to translate.";
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket (its language is the target).");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The draft in the agent's language; may hold {{date:…}}/{{money:…}} placeholders.");
        Field<StringGraphType>("sourceLocale").Description("The draft's language; detected when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new TranslateReplyCommand(
        GlobalId.Expect(value.Value<string>("ticketId"), "Ticket", "input.ticketId"), value.Value<string>("text"), value.Value<string>("sourceLocale"));
}

public sealed class SendTranslatedReplyInputGraphType : InputObjectGraphType<SendTranslatedReplyCommand>
{
    public SendTranslatedReplyInputGraphType()
    {
        Name = "SendTranslatedReplyInput";
        Description = "A reply to send in the customer's language.";
        Field<NonNullGraphType<IdGraphType>>("ticketId").Description("The ticket.");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The agent's original text (kept with the message).");
        Field<StringGraphType>("sourceLocale").Description("The original's language; detected when omitted.");
        Field<StringGraphType>("translatedText").Description("The reviewed translation from translateReply (edits allowed); omitted = translate now.");
        Field<IdGraphType>("authorAgentId").Description("The agent who wrote it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new SendTranslatedReplyCommand(
        GlobalId.Expect(value.Value<string>("ticketId"), "Ticket", "input.ticketId"), value.Value<string>("text"), value.Value<string>("sourceLocale"),
        value.Value<string>("translatedText"), value.Id("authorAgentId", "Agent", "input.authorAgentId"));
}
