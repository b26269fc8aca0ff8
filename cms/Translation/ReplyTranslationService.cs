using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Translates an agent's reply into the ticket's language in the customer's register (<see cref="ReplyRegister"/>),
/// scores it by back-translation, formats <c>{{date:…}}</c>/<c>{{money:…}}</c> placeholders for the customer's locale
/// and, when sent, keeps the agent's original next to the message. Without a provider a reply in another language
/// fails with UNAVAILABLE — nothing is invented.
/// </summary>
public sealed class ReplyTranslationService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;
    private readonly ITranslationProvider provider;
    private readonly LanguageDetector detector;
    private readonly GlossaryService glossary;
    private readonly TicketService tickets;
    private readonly ILogger<ReplyTranslationService> logger;

    internal ReplyTranslationService(KnowledgeDbContext db, ICurrentUser user, IClock clock, ITranslationProvider provider, LanguageDetector detector,
        GlossaryService glossary, TicketService tickets, ILogger<ReplyTranslationService> logger)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.provider = provider;
        this.detector = detector;
        this.glossary = glossary;
        this.tickets = tickets;
        this.logger = logger;
    }

    public async Task<ReplyTranslation> TranslateAsync(TranslateReplyCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var draft = await PrepareAsync(command.TicketId, command.Text, command.SourceLocale, cancellationToken);
        var notes = new List<string> { "Register: " + draft.Register.Instruction };
        if (draft.SameLanguage)
        {
            notes.Add("The reply is already in the customer's language; only placeholders were formatted.");
            return draft.Result(LocaleFormatter.Render(draft.Text, draft.Target, "input.text", draft.TimeZone), null, null, "none", notes);
        }
        RequireProvider();
        var terms = await glossary.TermsForAsync(draft.Target, cancellationToken);
        var forward = await provider.TranslateAsync(new TranslationRequest([draft.Text], draft.Target, draft.Source, draft.Register.Formality, terms,
            draft.Register.Instruction), cancellationToken);
        notes.AddRange(forward.Notes);
        if (draft.Register.Formality != Formality.Default && !provider.Name.StartsWith("chat:", StringComparison.Ordinal))
            notes.Add($"{provider.Name} cannot be told the register; read the translation for it before sending.");
        var translation = forward.Translations[0];
        var (back, score) = await BackTranslateAsync(draft, translation, terms, notes, cancellationToken);
        return draft.Result(LocaleFormatter.Render(translation, draft.Target, "input.text", draft.TimeZone), back, score, forward.Provider, notes);
    }

    public async Task<(TicketMessage Message, ReplyTranslation Translation)> SendAsync(SendTranslatedReplyCommand command, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        ReplyTranslation reply;
        if (command.TranslatedText is null)
            reply = await TranslateAsync(new TranslateReplyCommand(command.TicketId, command.Text, command.SourceLocale), cancellationToken);
        else
        {
            // The agent edited the translation: score what is actually sent.
            var draft = await PrepareAsync(command.TicketId, command.Text, command.SourceLocale, cancellationToken);
            var edited = Guard.Required(command.TranslatedText, "input.translatedText", TicketLimits.MessageMaxLength);
            var notes = new List<string> { "Register: " + draft.Register.Instruction, "The translation was edited by the agent." };
            var (back, score) = draft.SameLanguage || !provider.IsConfigured
                ? (null, null)
                : await BackTranslateAsync(draft, edited, await glossary.TermsForAsync(draft.Target, cancellationToken), notes, cancellationToken);
            reply = draft.Result(LocaleFormatter.Render(edited, draft.Target, "input.translatedText", draft.TimeZone), back, score, "agent", notes);
        }
        var (_, message) = await tickets.AddMessageAsync(new AddMessageCommand(command.TicketId, reply.Translation, MessageKind.Agent, command.AuthorAgentId), cancellationToken);
        db.Add(new TicketTextTranslation
        {
            TicketId = command.TicketId, MessageId = message.Id, Part = TicketTextPart.Message, Locale = reply.SourceLocale,
            SourceLanguage = Locales.Language(reply.TargetLocale), SourceHash = TicketTextHash.Of(message.Body), Text = reply.Original,
            Origin = TicketTextOrigin.AgentOriginal, Provider = "agent", BackTranslation = reply.BackTranslation, QualityScore = reply.QualityScore,
            Formality = reply.Register.Formality, CreatedAt = clock.UtcNow,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // The reply is already committed and on its way to the customer; only the agent's copy is lost.
            logger.LogError(ex, "The original of translated reply {MessageId} on ticket {TicketId} could not be stored", message.Id, command.TicketId);
        }
        return (message, reply);
    }

    private async Task<(string? Back, double? Score)> BackTranslateAsync(Draft draft, string translation, IReadOnlyList<GlossaryTerm> terms, List<string> notes,
        CancellationToken cancellationToken)
    {
        try
        {
            var back = await provider.TranslateAsync(new TranslationRequest([translation], draft.SourceLocale, draft.Target, Formality.Default,
                terms.Select(t => t.Reversed()).ToList()), cancellationToken);
            // Scored before placeholders are formatted: both sides still hold the same {{…}} tokens.
            var score = Math.Round(ChrF.Score(draft.Text, back.Translations[0]), 4);
            return (LocaleFormatter.Render(back.Translations[0], draft.SourceLocale, "input.text", draft.TimeZone), score);
        }
        catch (KnowledgeException ex) when (ex.Code == ErrorCodes.Unavailable)
        {
            notes.Add("No back-translation: " + ex.Message);
            return (null, null);
        }
    }

    private async Task<Draft> PrepareAsync(int ticketId, string? text, string? sourceLocale, CancellationToken cancellationToken)
    {
        var body = Guard.Required(text, "input.text", TicketLimits.MessageMaxLength);
        var ticket = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
                     ?? throw KnowledgeException.NotFound("Ticket", ticketId.ToString());
        var source = sourceLocale is not null ? Guard.Locale(sourceLocale, "input.sourceLocale") : DetectSource(body);
        var requester = ticket.RequesterId is { } rid
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == rid).Select(c => new { c.PreferredLocale, c.Account!.TimeZone }).FirstOrDefaultAsync(cancellationToken)
            : null;
        // The customer's own locale (de-CH, pt-BR) formats their numbers when it is in the ticket's language.
        var target = requester is not null && Locales.TryNormalize(requester.PreferredLocale, out var preferred) && Locales.Language(preferred) == Locales.Language(ticket.Language)
            ? preferred
            : Guard.Locale(ticket.Language, "ticket.language");
        var customerMessages = await db.TicketMessages.AsNoTracking().Where(m => m.TicketId == ticketId && m.Kind == MessageKind.Customer).ToListAsync(cancellationToken);
        var register = RegisterDetector.Analyze(TicketTranslationService.CustomerText(ticket, customerMessages), ticket.Language);
        var zone = requester?.TimeZone is { } z && TimeZoneInfo.TryFindSystemTimeZoneById(z, out _) ? z : null;
        return new Draft(ticket.Id, body, source, target, register, ReplyRegister.For(register), zone);
    }

    private string DetectSource(string text)
    {
        var detection = detector.Detect(text);
        return detection.IsDetermined ? detection.Language
            : throw KnowledgeException.Invalid("input.sourceLocale", "the language of the text could not be detected; give sourceLocale.");
    }

    private void RequireProvider()
    {
        if (!provider.IsConfigured)
            throw KnowledgeException.Unavailable("No translation provider is configured (Translation:Provider=None): write the reply in the customer's language, or configure a provider.");
    }

    private sealed record Draft(int TicketId, string Text, string Source, string Target, RegisterAnalysis Customer, ReplyRegister Register, string? TimeZone)
    {
        public string SourceLocale => Source;
        public bool SameLanguage => Locales.Language(Source) == Locales.Language(Target);

        public ReplyTranslation Result(string translation, string? back, double? score, string providerName, IReadOnlyList<string> notes) =>
            new(TicketId, Source, Target, LocaleFormatter.Render(Text, Source, "input.text", TimeZone), translation, back, score, providerName, Customer, Register, notes);
    }
}
