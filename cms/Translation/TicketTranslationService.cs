using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Translation;

/// <summary>
/// Translates a ticket for the agent reading it: subject, body and every message side by side with the original,
/// each with its own detected language (threads switch languages), plus register and emotion notes. Translations are
/// cached per text and locale, so reopening a ticket costs nothing; without a provider the originals, languages and
/// notes are still returned and the notice says no provider is configured.
/// </summary>
public sealed class TicketTranslationService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;
    private readonly ITranslationProvider provider;
    private readonly LanguageDetector detector;
    private readonly GlossaryService glossary;

    internal TicketTranslationService(KnowledgeDbContext db, ICurrentUser user, IClock clock, ITranslationProvider provider, LanguageDetector detector,
        GlossaryService glossary)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.provider = provider;
        this.detector = detector;
        this.glossary = glossary;
    }

    public async Task<TicketTranslation> TranslateAsync(int ticketId, string? targetLocale, CancellationToken cancellationToken)
    {
        user.RequireStaff();
        var target = Guard.Locale(targetLocale, "targetLocale");
        var targetLanguage = Locales.Language(target);
        var ticket = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
                     ?? throw KnowledgeException.NotFound("Ticket", ticketId.ToString());
        var messages = await db.TicketMessages.AsNoTracking().Where(m => m.TicketId == ticketId)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var pieces = new List<Piece> { new(TicketTextPart.Subject, null, ticket.Subject), new(TicketTextPart.Body, null, ticket.Body) };
        pieces.AddRange(messages.Select(m => new Piece(TicketTextPart.Message, m.Id, m.Body)));
        // Subject and body are in the ticket's language (detected from both on creation, or given); each later message
        // is judged on its own, since threads switch languages.
        var ticketLanguage = Locales.Language(ticket.Language);
        foreach (var piece in pieces)
            piece.Language = piece.Part != TicketTextPart.Message || piece.Text == ticket.Body ? ticketLanguage : LanguageOf(piece.Text, ticketLanguage);

        var stored = await db.Set<TicketTextTranslation>().AsNoTracking().Where(t => t.TicketId == ticketId && t.Locale == target).ToListAsync(cancellationToken);
        var results = new TranslatedText?[pieces.Count];
        var pending = new List<int>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            var row = stored.FirstOrDefault(r => r.Part == p.Part && r.MessageId == p.MessageId && (r.Origin == TicketTextOrigin.AgentOriginal || r.SourceHash == p.Hash));
            if (row is not null)
                results[i] = new TranslatedText(p.Text, row.Text, p.Language,
                    row.Origin == TicketTextOrigin.AgentOriginal ? TranslatedTextStatus.AgentOriginal : TranslatedTextStatus.MachineTranslated, FromCache: true);
            else if (p.Language == targetLanguage)
                results[i] = new TranslatedText(p.Text, null, p.Language, TranslatedTextStatus.SameLanguage, false);
            else pending.Add(i);
        }

        string? notice = null;
        if (pending.Count > 0 && !provider.IsConfigured)
            notice = "No translation provider is configured (Translation:Provider=None): the originals, their languages and the register notes are shown, with no translation.";
        else if (pending.Count > 0)
        {
            try
            {
                await TranslatePendingAsync(ticketId, target, pieces, pending, results, cancellationToken);
            }
            catch (KnowledgeException ex) when (ex.Code == ErrorCodes.Unavailable)
            {
                notice = "Translation is unavailable right now; the originals are shown. " + ex.Message;
            }
            catch (KnowledgeException ex) when (ex.Code == ErrorCodes.Validation)
            {
                // A text the provider refuses (a paragraph over its size limit) must not hide the rest of the ticket.
                notice = "The provider refused a text of this ticket; the originals are shown. " + ex.Message;
            }
        }
        for (var i = 0; i < pieces.Count; i++)
            results[i] ??= new TranslatedText(pieces[i].Text, null, pieces[i].Language, TranslatedTextStatus.NotTranslated, false);

        var register = RegisterDetector.Analyze(CustomerText(ticket, messages), ticket.Language);
        return new TicketTranslation(ticket.Id, target, provider.IsConfigured ? provider.Name : "none", provider.IsConfigured, notice,
            results[0]!, results[1]!, messages.Select((m, i) => new TranslatedMessage(m, results[i + 2]!)).ToList(),
            register, ReplyRegister.For(register), ticket.Emotion, EmotionNotes.For(ticket.Emotion));
    }

    /// <summary>What the customer wrote (subject, body and their messages), the text whose register matters.</summary>
    internal static string CustomerText(Ticket ticket, IEnumerable<TicketMessage> messages) =>
        string.Join("\n\n", new[] { ticket.Subject, ticket.Body }.Concat(messages.Where(m => m.Kind == MessageKind.Customer).Select(m => m.Body)).Distinct());

    private async Task TranslatePendingAsync(int ticketId, string target, List<Piece> pieces, List<int> pending, TranslatedText?[] results, CancellationToken cancellationToken)
    {
        var terms = await glossary.TermsForAsync(target, cancellationToken);
        var rows = new List<TicketTextTranslation>();
        // One request per source language; the same text (the body is also the first message) is sent once.
        foreach (var group in pending.GroupBy(i => pieces[i].Language))
        {
            var texts = group.Select(i => pieces[i].Text).Distinct().ToList();
            var source = group.Key == LanguageDetection.UndeterminedCode ? null : group.Key;
            var result = await provider.TranslateAsync(new TranslationRequest(texts, target, source, Formality.Default, terms), cancellationToken);
            foreach (var i in group)
            {
                var p = pieces[i];
                var translated = result.Translations[texts.IndexOf(p.Text)];
                results[i] = new TranslatedText(p.Text, translated, p.Language, TranslatedTextStatus.MachineTranslated, false);
                rows.Add(new TicketTextTranslation
                {
                    TicketId = ticketId, MessageId = p.MessageId, Part = p.Part, Locale = target, SourceLanguage = result.DetectedSourceLanguage ?? p.Language,
                    SourceHash = p.Hash, Text = translated, Origin = TicketTextOrigin.MachineTranslation, Provider = result.Provider, CreatedAt = clock.UtcNow,
                });
            }
        }
        // Stored only when every language group succeeded: a failure leaves no partial cache behind.
        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
    }

    private string LanguageOf(string text, string ticketLanguage)
    {
        // A short message ("Danke!") is weak evidence; below a fair confidence the ticket's language decides.
        var detection = detector.Detect(text);
        return detection.IsDetermined && detection.Confidence >= 0.6 ? detection.Language : ticketLanguage;
    }

    private sealed class Piece(TicketTextPart part, int? messageId, string text)
    {
        public TicketTextPart Part { get; } = part;
        public int? MessageId { get; } = messageId;
        public string Text { get; } = text;
        public string Hash { get; } = TicketTextHash.Of(text);
        public string Language { get; set; } = "";
    }
}
