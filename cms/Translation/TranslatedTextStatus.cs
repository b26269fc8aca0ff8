namespace Knowledge.Cms.Translation;

/// <summary>How the translated side of a <see cref="TranslatedText"/> came about.</summary>
public enum TranslatedTextStatus
{
    /// <summary>A machine translation (now or from the cache).</summary>
    MachineTranslated,
    /// <summary>The agent's own text of a reply that was sent translated.</summary>
    AgentOriginal,
    /// <summary>The text is already in the target language; nothing to translate.</summary>
    SameLanguage,
    /// <summary>No translation: no provider is configured, or the provider failed (see the notice).</summary>
    NotTranslated,
}
