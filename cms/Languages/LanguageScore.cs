namespace Knowledge.Cms.Languages;

/// <summary>One candidate language with its confidence (0–1).</summary>
public sealed record LanguageScore(string Language, double Confidence);
