namespace Knowledge.Cms.Taxonomy;

/// <summary>The whole taxonomy in memory: small, read on every ticket, changed rarely.</summary>
public sealed class TaxonomySnapshot(IReadOnlyList<Category> categories, IReadOnlyList<Subcategory> subcategories, IReadOnlyList<IssueType> issueTypes)
{
    public IReadOnlyList<Category> Categories { get; } = categories;
    public IReadOnlyDictionary<int, Category> CategoriesById { get; } = categories.ToDictionary(c => c.Id);
    public IReadOnlyDictionary<int, Subcategory> SubcategoriesById { get; } = subcategories.ToDictionary(s => s.Id);
    public IReadOnlyDictionary<int, IssueType> IssueTypesById { get; } = issueTypes.ToDictionary(i => i.Id);
    public IReadOnlyDictionary<string, IssueType> IssueTypesBySlug { get; } = issueTypes.ToDictionary(i => i.Slug);
    public ILookup<int, Subcategory> SubcategoriesByCategory { get; } = subcategories.OrderBy(s => s.Position).ToLookup(s => s.CategoryId);
    public ILookup<int, IssueType> IssueTypesBySubcategory { get; } = issueTypes.OrderBy(i => i.Position).ToLookup(i => i.SubcategoryId);

    public Subcategory SubcategoryOf(IssueType issueType) => SubcategoriesById[issueType.SubcategoryId];

    public Category CategoryOf(IssueType issueType) => CategoriesById[SubcategoryOf(issueType).CategoryId];

    /// <summary>"Category › Subcategory › Issue type".</summary>
    public string PathOf(IssueType issueType) => $"{CategoryOf(issueType).Name} › {SubcategoryOf(issueType).Name} › {issueType.Name}";
}
