namespace Knowledge.Cms.Search;

/// <summary>
/// How a search was answered across languages: the reader's query (in <see cref="QueryLocale"/>) was machine-translated
/// into <see cref="SourceLocale"/>, searched there, and the titles and snippets translated back for display.
/// </summary>
public sealed record SearchTranslation(string QueryLocale, string SourceLocale, string TranslatedQuery, string Provider);
