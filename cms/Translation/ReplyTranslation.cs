using Knowledge.Cms.Languages;

namespace Knowledge.Cms.Translation;

/// <summary>
/// An agent's reply in the customer's language and register: the agent's original, the translation the customer
/// would get (placeholders formatted for the customer's locale), its back-translation into the agent's language and
/// the chrF score of that back-translation against the original (1 = same words; below ~0.5 read it again).
/// </summary>
public sealed record ReplyTranslation(
    int TicketId,
    string SourceLocale,
    string TargetLocale,
    string Original,
    string Translation,
    string? BackTranslation,
    double? QualityScore,
    string Provider,
    RegisterAnalysis CustomerRegister,
    ReplyRegister Register,
    IReadOnlyList<string> Notes);

/// <summary>Translate a reply draft for a ticket; <c>SourceLocale</c> null = detect the draft's language.</summary>
public sealed record TranslateReplyCommand(int TicketId, string? Text, string? SourceLocale);

/// <summary>
/// Send a reply translated into the customer's language. <c>TranslatedText</c> is the (possibly edited) translation
/// from <c>translateReply</c>; null = translate now. The agent's original is kept with the message.
/// </summary>
public sealed record SendTranslatedReplyCommand(int TicketId, string? Text, string? SourceLocale, string? TranslatedText, int? AuthorAgentId);
