namespace Knowledge.Cms.Translation;

/// <summary>The register a translation should use (German Sie/du, French vous/tu, Japanese keigo, …).</summary>
public enum Formality
{
    /// <summary>Whatever the provider does by default.</summary>
    Default,
    /// <summary>Polite, formal address.</summary>
    Formal,
    /// <summary>Familiar, informal address.</summary>
    Informal,
}
