namespace Knowledge.Cms.Taxonomy;

/// <summary>The three levels of the taxonomy.</summary>
public enum TaxonomyLevel
{
    Category,
    Subcategory,
    IssueType,
}
