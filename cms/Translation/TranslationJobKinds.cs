namespace Knowledge.Cms.Translation;

/// <summary>Job kinds of the translation feature.</summary>
public static class TranslationJobKinds
{
    /// <summary>Draft an article in target locales.</summary>
    public const string TranslateArticle = "article.translate";
}
