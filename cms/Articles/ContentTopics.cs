namespace Knowledge.Cms.Articles;

/// <summary>Bus topics of knowledge content, for subscribers outside the cms.</summary>
public static class ContentTopics
{
    /// <summary>A locale of an article was published (attribute <c>locale</c>).</summary>
    public const string Published = ContentEvents.Published;
}
