using Knowledge.Cms.Languages;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Translation;

/// <summary>
/// A ticket laid out for an agent who reads another language: every text with its original, its translation (null
/// when none was made — <see cref="Notice"/> says why) and its detected language, plus what the customer's writing
/// says about register and what triage read as their emotion.
/// </summary>
public sealed record TicketTranslation(
    int TicketId,
    string TargetLocale,
    string Provider,
    bool ProviderConfigured,
    string? Notice,
    TranslatedText Subject,
    TranslatedText Body,
    IReadOnlyList<TranslatedMessage> Messages,
    RegisterAnalysis Register,
    ReplyRegister ReplyRegister,
    Emotion? Emotion,
    string EmotionNote);

/// <summary>One text of a ticket side by side with its translation.</summary>
public sealed record TranslatedText(string Original, string? Translated, string DetectedLanguage, TranslatedTextStatus Status, bool FromCache);

/// <summary>A message of the thread with its translation.</summary>
public sealed record TranslatedMessage(TicketMessage Message, TranslatedText Text);
