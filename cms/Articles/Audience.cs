namespace Knowledge.Cms.Articles;

/// <summary>Who may read a content item once published.</summary>
public enum Audience
{
    Public,
    Partner,
    Internal,
}
