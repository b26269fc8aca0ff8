namespace Knowledge.Cms.Articles;

/// <summary>A content item as read in one locale: the variant chosen by the fallback chain and the revision shown.</summary>
public sealed record LocalizedContent(ContentItem Item, ContentVariant Variant, ContentRevision Revision, string RequestedLocale)
{
    /// <summary>True when the requested locale had no readable variant and another locale was served.</summary>
    public bool IsFallback => !string.Equals(Variant.Locale, RequestedLocale, StringComparison.OrdinalIgnoreCase);
}
