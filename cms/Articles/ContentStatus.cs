namespace Knowledge.Cms.Articles;

/// <summary>Workflow state of a locale variant.</summary>
public enum ContentStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}
