namespace Knowledge.Cms.Articles;

/// <summary>What a content item is.</summary>
public enum ContentKind
{
    Article,
    Faq,
    TroubleshootingGuide,
    QuickStart,
}
