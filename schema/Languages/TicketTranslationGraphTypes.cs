using GraphQL.Types;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Translation;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Languages;

public sealed class TicketTranslationGraphType : ObjectGraphType<TicketTranslation>
{
    public TicketTranslationGraphType()
    {
        Name = "TicketTranslation";
        Description = "A ticket for an agent reading another language: originals and translations side by side, with notes on the customer's register and emotion.";
        Field(t => t.TargetLocale).Description("The locale the texts were translated into.");
        Field(t => t.Provider).Description("The translation provider (none, azure-translator, chat:<model>).");
        Field(t => t.ProviderConfigured).Description("False when no translation provider is configured: translated texts are then null.");
        Field(t => t.Notice, nullable: true).Description("Why some texts have no translation (no provider configured, provider unavailable); null when all are there.");
        Field<NonNullGraphType<TranslatedTextGraphType>>("subject").Description("The subject.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<TranslatedTextGraphType>>("body").Description("The customer's first message as the ticket holds it.").Resolve(c => c.Source.Body);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TranslatedMessageGraphType>>>>("messages").Description("The thread, oldest first, each message with its translation.").Resolve(c => c.Source.Messages);
        Field<NonNullGraphType<RegisterNoteGraphType>>("register").Description("The register the customer writes in (German Sie/du, Japanese keigo level, …), read from their own text.").Resolve(c => c.Source.Register);
        Field<NonNullGraphType<ReplyRegisterGraphType>>("replyRegister").Description("The register a reply should use, and the instruction translateReply gives the provider.").Resolve(c => c.Source.ReplyRegister);
        Field<EmotionGraphType>("emotion").Description("The customer's emotion as triage read it; null when not classified.").Resolve(c => c.Source.Emotion);
        Field(t => t.EmotionNote).Description("What the emotion means for the reply.");
    }
}

public sealed class TranslatedTextGraphType : ObjectGraphType<TranslatedText>
{
    public TranslatedTextGraphType()
    {
        Name = "TranslatedText";
        Description = "One text side by side with its translation.";
        Field(t => t.Original).Description("The text as written.");
        Field(t => t.Translated, nullable: true).Description("The text in the target locale; null when it was not translated (see status).");
        Field(t => t.DetectedLanguage).Description("The language the original is written in (ISO 639-1).");
        Field<NonNullGraphType<TranslatedTextStatusGraphType>>("status").Description("How the translated side came about.").Resolve(c => c.Source.Status);
        Field(t => t.FromCache).Description("True when the translation was stored earlier (no provider call was made for it now).");
    }
}

public sealed class TranslatedMessageGraphType : ObjectGraphType<TranslatedMessage>
{
    public TranslatedMessageGraphType()
    {
        Name = "TranslatedMessage";
        Description = "A message of the thread with its translation.";
        Field<NonNullGraphType<TicketMessageGraphType>>("message").Description("The message.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<TranslatedTextGraphType>>("text").Description("Its text, original and translated.").Resolve(c => c.Source.Text);
    }
}

public sealed class RegisterNoteGraphType : ObjectGraphType<RegisterAnalysis>
{
    public RegisterNoteGraphType()
    {
        Name = "RegisterNote";
        Description = "The register (formality) a text is written in, from rules on address forms and sentence endings.";
        Field(r => r.Language).Description("The language judged (ISO 639-1).");
        Field<NonNullGraphType<RegisterFormalityGraphType>>("formality").Description("FORMAL, NEUTRAL (polite), INFORMAL, MIXED or UNKNOWN.").Resolve(c => c.Source.Formality);
        Field(r => r.Level, nullable: true).Description("The language's own name for the level: Sie, du, vous, tu, usted, teineigo, sonkeigo/kenjōgo, plain, 합니다체, 해요체, 반말, вы, ты…");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("evidence").Description("The words or endings that decided (at most six).").Resolve(c => c.Source.Evidence);
        Field(r => r.Note).Description("A sentence for the agent.");
    }
}

public sealed class ReplyRegisterGraphType : ObjectGraphType<ReplyRegister>
{
    public ReplyRegisterGraphType()
    {
        Name = "ReplyRegister";
        Description = "The register a reply to this customer should use.";
        Field<NonNullGraphType<FormalityGraphType>>("formality").Description("DEFAULT, FORMAL or INFORMAL, as passed to providers with a formality control.").Resolve(c => c.Source.Formality);
        Field(r => r.Instruction).Description("The instruction given to the chat provider, readable by the agent too.");
    }
}

public sealed class TranslatedTextStatusGraphType : EnumerationGraphType<TranslatedTextStatus>
{
    public TranslatedTextStatusGraphType()
    {
        Name = "TranslatedTextStatus";
        Description = "MACHINE_TRANSLATED, AGENT_ORIGINAL (the agent's text of a reply sent translated), SAME_LANGUAGE (nothing to translate) or NOT_TRANSLATED (no provider, or it failed).";
    }
}

public sealed class RegisterFormalityGraphType : EnumerationGraphType<RegisterFormality>
{
    public RegisterFormalityGraphType()
    {
        Name = "RegisterFormality";
        Description = "How formally a customer writes: FORMAL, NEUTRAL (polite but not formal), INFORMAL, MIXED or UNKNOWN.";
    }
}

public sealed class FormalityGraphType : EnumerationGraphType<Formality>
{
    public FormalityGraphType()
    {
        Name = "Formality";
        Description = "Register of a translation: DEFAULT (the provider's), FORMAL or INFORMAL.";
    }
}
