namespace Knowledge.Cms.Translation;

/// <summary>Where a locale draft made by <see cref="TranslationDrafter"/> stands.</summary>
public enum TranslationDraftStatus
{
    /// <summary>No provider is configured: the draft holds the source text for a human translator (NEEDS_TRANSLATION).</summary>
    NeedsTranslation,
    /// <summary>Machine-translated; a human reviews it before publishing.</summary>
    MachineTranslated,
}
