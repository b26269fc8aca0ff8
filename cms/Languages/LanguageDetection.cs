namespace Knowledge.Cms.Languages;

/// <summary>
/// The detected language of a text (ISO 639-1 code, or <c>und</c> when the text has no letters left after code, URLs
/// and log lines are removed), its confidence, the other candidates ranked, and a second language that makes up a
/// real part of a mixed text (a German ticket quoting an English error message: <c>de</c>, secondary <c>en</c>).
/// </summary>
public sealed record LanguageDetection(string Language, double Confidence, IReadOnlyList<LanguageScore> Alternatives, string? SecondaryLanguage)
{
    public const string UndeterminedCode = "und";

    public static LanguageDetection Undetermined { get; } = new(UndeterminedCode, 0, [], null);

    public bool IsDetermined => Language != UndeterminedCode;
}
