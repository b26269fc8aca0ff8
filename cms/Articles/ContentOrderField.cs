namespace Knowledge.Cms.Articles;

/// <summary>Sortable content fields.</summary>
public enum ContentOrderField
{
    UpdatedAt,
    CreatedAt,
}
