using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Knowledge.Cms.Taxonomy;

/// <summary>Creates and changes taxonomy nodes (admins).</summary>
public sealed class TaxonomyService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IMemoryCache cache;

    internal TaxonomyService(KnowledgeDbContext db, ICurrentUser user, IMemoryCache cache)
    {
        this.db = db;
        this.user = user;
        this.cache = cache;
    }

    private async Task SaveAsync(string what, CancellationToken cancellationToken)
    {
        await db.SaveWithConcurrencyAsync(what, cancellationToken);
        cache.Remove(TaxonomyReader.CacheKey);
    }

    public async Task<Category> CreateCategoryAsync(TaxonomyInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var slug = Guard.Slug(input.Slug, "input.slug");
        if (await db.Categories.AnyAsync(c => c.Slug == slug, cancellationToken))
            throw KnowledgeException.Invalid("input.slug", $"a category with slug '{slug}' already exists.");
        var category = new Category
        {
            Slug = slug,
            Name = Guard.Required(input.Name, "input.name", 120),
            Description = Guard.Optional(input.Description, "input.description", 1000),
            Position = await db.Categories.CountAsync(cancellationToken),
        };
        db.Categories.Add(category);
        await SaveAsync("Taxonomy", cancellationToken);
        return category;
    }

    public async Task<Subcategory> CreateSubcategoryAsync(TaxonomyInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var categoryId = input.ParentId is { } p && input.ParentLevel is null or TaxonomyLevel.Category
            ? p : throw KnowledgeException.Invalid("input.parentId", "must be the id of a Category.");
        if (!await db.Categories.AnyAsync(c => c.Id == categoryId, cancellationToken))
            throw KnowledgeException.NotFound("Category", categoryId.ToString());
        var slug = Guard.Slug(input.Slug, "input.slug");
        if (await db.Subcategories.AnyAsync(s => s.CategoryId == categoryId && s.Slug == slug, cancellationToken))
            throw KnowledgeException.Invalid("input.slug", $"a subcategory with slug '{slug}' already exists in this category.");
        var subcategory = new Subcategory
        {
            CategoryId = categoryId,
            Slug = slug,
            Name = Guard.Required(input.Name, "input.name", 120),
            Description = Guard.Optional(input.Description, "input.description", 1000),
            Position = await db.Subcategories.CountAsync(s => s.CategoryId == categoryId, cancellationToken),
        };
        db.Subcategories.Add(subcategory);
        await SaveAsync("Taxonomy", cancellationToken);
        return subcategory;
    }

    public async Task<IssueType> CreateIssueTypeAsync(TaxonomyInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var subcategoryId = input.ParentId is { } p && input.ParentLevel is null or TaxonomyLevel.Subcategory
            ? p : throw KnowledgeException.Invalid("input.parentId", "must be the id of a Subcategory.");
        if (!await db.Subcategories.AnyAsync(s => s.Id == subcategoryId, cancellationToken))
            throw KnowledgeException.NotFound("Subcategory", subcategoryId.ToString());
        var issueType = new IssueType
        {
            SubcategoryId = subcategoryId,
            Slug = Guard.Slug(input.Slug, "input.slug"),
            Name = Guard.Required(input.Name, "input.name", 160),
            Position = await db.IssueTypes.CountAsync(i => i.SubcategoryId == subcategoryId, cancellationToken),
        };
        await ApplyAsync(issueType, input with { Slug = null, Name = null }, cancellationToken);
        db.IssueTypes.Add(issueType);
        await SaveAsync("Taxonomy", cancellationToken);
        return issueType;
    }

    public async Task<object> UpdateNodeAsync(TaxonomyLevel level, int id, TaxonomyInput input, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        switch (level)
        {
            case TaxonomyLevel.Category:
                var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw KnowledgeException.NotFound("Category", id.ToString());
                if (input.Name is not null) category.Name = Guard.Required(input.Name, "input.name", 120);
                if (input.Description is not null) category.Description = Guard.Optional(input.Description, "input.description", 1000);
                await SaveAsync("Category", cancellationToken);
                return category;
            case TaxonomyLevel.Subcategory:
                var subcategory = await db.Subcategories.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw KnowledgeException.NotFound("Subcategory", id.ToString());
                if (input.Name is not null) subcategory.Name = Guard.Required(input.Name, "input.name", 120);
                if (input.Description is not null) subcategory.Description = Guard.Optional(input.Description, "input.description", 1000);
                await SaveAsync("Subcategory", cancellationToken);
                return subcategory;
            default:
                var issueType = await db.IssueTypes.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw KnowledgeException.NotFound("IssueType", id.ToString());
                await ApplyAsync(issueType, input, cancellationToken);
                await SaveAsync("IssueType", cancellationToken);
                return issueType;
        }
    }

    private async Task ApplyAsync(IssueType issueType, TaxonomyInput input, CancellationToken cancellationToken)
    {
        if (input.Slug is not null)
        {
            issueType.Slug = Guard.Slug(input.Slug, "input.slug");
        }
        if (await db.IssueTypes.AnyAsync(i => i.Slug == issueType.Slug && i.Id != issueType.Id, cancellationToken))
            throw KnowledgeException.Invalid("input.slug", $"an issue type with slug '{issueType.Slug}' already exists.");
        if (input.Name is not null) issueType.Name = Guard.Required(input.Name, "input.name", 160);
        if (input.Description is not null) issueType.Description = Guard.Optional(input.Description, "input.description", 1000);
        if (input.DefaultPriority is { } p) issueType.DefaultPriority = p;
        if (input.DefaultSeverity is { } s) issueType.DefaultSeverity = s;
        if (input.ProductArea is not null) issueType.ProductArea = Guard.Optional(input.ProductArea, "input.productArea", 80);
        if (input.AutoResolvable is { } auto) issueType.AutoResolvable = auto;
        if (input.ExamplePhrases is not null)
            issueType.ExamplePhrases = input.ExamplePhrases.Select((p, i) => Guard.Required(p, $"input.examplePhrases[{i}]", 500)).ToList();
        if (input.OwningTeamId is { } teamId)
        {
            if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken)) throw KnowledgeException.NotFound("Team", teamId.ToString());
            issueType.OwningTeamId = teamId;
        }
    }
}
