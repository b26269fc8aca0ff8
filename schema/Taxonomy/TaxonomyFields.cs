using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Taxonomy;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Taxonomy;

/// <summary>The taxonomy root fields.</summary>
public static class TaxonomyFields
{
    public static void AddTaxonomyQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryGraphType>>>>("categories")
            .Description("Taxonomy roots: category › subcategory › issue type.")
            .Resolve().WithService<TaxonomyReader>()
            .ResolveAsync(async (c, reader) => await reader.ListCategoriesAsync(c.CancellationToken));
    }

    public static void AddTaxonomyMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CategoryGraphType>>("createCategory").Description("Adds a taxonomy category. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<TaxonomyNodeInputGraphType>>("input", "slug and name are required.")
            .Resolve().WithService<TaxonomyService>()
            .ResolveAsync(async (c, s) => await s.CreateCategoryAsync(c.GetArgument<TaxonomyInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<SubcategoryGraphType>>("createSubcategory").Description("Adds a subcategory under `input.parentId` (a category). Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<TaxonomyNodeInputGraphType>>("input", "slug, name and parentId are required.")
            .Resolve().WithService<TaxonomyService>()
            .ResolveAsync(async (c, s) => await s.CreateSubcategoryAsync(c.GetArgument<TaxonomyInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<IssueTypeGraphType>>("createIssueType").Description("Adds an issue type under `input.parentId` (a subcategory). Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<TaxonomyNodeInputGraphType>>("input", "slug, name and parentId are required.")
            .Resolve().WithService<TaxonomyService>()
            .ResolveAsync(async (c, s) => await s.CreateIssueTypeAsync(c.GetArgument<TaxonomyInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<TaxonomyNodeGraphType>>("updateTaxonomyNode").Description("Changes a category, subcategory or issue type. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node to change.")
            .Argument<NonNullGraphType<TaxonomyNodeInputGraphType>>("input", "The changes.")
            .Resolve().WithService<TaxonomyService>()
            .ResolveAsync(async (c, s) =>
            {
                var id = c.GetArgument<string>("id");
                if (!GlobalId.TryDecode(id, out var type, out var key) || !Enum.TryParse<TaxonomyLevel>(type, out var level))
                    throw Knowledge.Cms.Common.KnowledgeException.Invalid("id", $"'{id}' is not a taxonomy node id.");
                return await s.UpdateNodeAsync(level, key, c.GetArgument<TaxonomyInput>("input"), c.CancellationToken);
            });
    }
}

public sealed class TaxonomyNodeGraphType : UnionGraphType
{
    public TaxonomyNodeGraphType()
    {
        Name = "TaxonomyNode";
        Description = "A category, subcategory or issue type.";
        Type<CategoryGraphType>();
        Type<SubcategoryGraphType>();
        Type<IssueTypeGraphType>();
    }
}
