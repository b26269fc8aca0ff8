using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Teams;
using Knowledge.Schema.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Taxonomy;

/// <summary>Resolvers share the request's cached taxonomy snapshot.</summary>
internal static class Snapshot
{
    public static Task<TaxonomySnapshot> GetAsync(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<TaxonomyReader>().GetSnapshotAsync(context.CancellationToken);
}

public sealed class CategoryGraphType : ObjectGraphType<Category>
{
    public CategoryGraphType()
    {
        Name = "Category";
        Description = "Top level of the support taxonomy (category › subcategory › issue type).";
        this.IsNode("Category");
        Field(c => c.Slug).Description("Stable key, e.g. billing.");
        Field(c => c.Name).Description("Display name.");
        Field(c => c.Description, nullable: true).Description("What belongs here.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubcategoryGraphType>>>>("subcategories").Description("Second-level nodes.")
            .ResolveAsync(async c => (await Snapshot.GetAsync(c)).SubcategoriesByCategory[c.Source.Id]);
    }
}

public sealed class SubcategoryGraphType : ObjectGraphType<Subcategory>
{
    public SubcategoryGraphType()
    {
        Name = "Subcategory";
        Description = "Second level of the taxonomy.";
        this.IsNode("Subcategory");
        Field(c => c.Slug).Description("Key, unique within its category.");
        Field(c => c.Name).Description("Display name.");
        Field(c => c.Description, nullable: true).Description("What belongs here.");
        Field<NonNullGraphType<CategoryGraphType>>("category").Description("Parent category.")
            .ResolveAsync(async c => (await Snapshot.GetAsync(c)).CategoriesById[c.Source.CategoryId]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueTypeGraphType>>>>("issueTypes").Description("Leaf issue types.")
            .ResolveAsync(async c => (await Snapshot.GetAsync(c)).IssueTypesBySubcategory[c.Source.Id]);
    }
}

public sealed class IssueTypeGraphType : ObjectGraphType<IssueType>
{
    public IssueTypeGraphType()
    {
        Name = "IssueType";
        Description = "What a ticket is about: the leaf of the taxonomy, with its owning team and default priority.";
        this.IsNode("IssueType");
        Field(i => i.Slug).Description("Stable key, e.g. password-reset.");
        Field(i => i.Name).Description("Display name.");
        Field(i => i.Description, nullable: true).Description("What this issue type covers.");
        Field<NonNullGraphType<StringGraphType>>("path").Description("Full path: \"Category › Subcategory › Issue type\".")
            .ResolveAsync(async c => (await Snapshot.GetAsync(c)).PathOf(c.Source));
        Field<NonNullGraphType<PriorityGraphType>>("defaultPriority").Description("Priority before other factors apply.").Resolve(c => c.Source.DefaultPriority);
        Field<NonNullGraphType<SeverityGraphType>>("defaultSeverity").Description("Typical severity.").Resolve(c => c.Source.DefaultSeverity);
        Field(i => i.ProductArea, nullable: true).Description("Product area concerned.");
        Field(i => i.AutoResolvable).Description("Whether a strong knowledge-base match may answer such tickets automatically.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("examplePhrases")
            .Description("Phrases customers use; cold-start training material. Staff only.").Requires(AccessLevel.Staff).Resolve(c => c.Source.ExamplePhrases);
        Field<NonNullGraphType<SubcategoryGraphType>>("subcategory").Description("Parent subcategory.")
            .ResolveAsync(async c => (await Snapshot.GetAsync(c)).SubcategoryOf(c.Source));
        Field<NonNullGraphType<CategoryGraphType>>("category").Description("Top-level category.")
            .ResolveAsync(async c => (await Snapshot.GetAsync(c)).CategoryOf(c.Source));
        Field<TeamGraphType>("owningTeam").Description("Team that handles these tickets. Staff only.").Requires(AccessLevel.Staff)
            .Resolve(c => c.LoadOne<TeamReader, Team>("issueType.team", c.Source.OwningTeamId, (r, ids, ct) => r.GetTeamsByIdsAsync(ids, ct)));
    }
}
