using GraphQL.Types;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Tickets;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Taxonomy;

/// <summary>One input for all three levels; the mutation decides which fields apply.</summary>
public sealed class TaxonomyNodeInputGraphType : InputObjectGraphType<TaxonomyInput>
{
    public TaxonomyNodeInputGraphType()
    {
        Name = "TaxonomyNodeInput";
        Description = "Fields of a category, subcategory or issue type. On update, omitted fields stay as they are.";
        Field<StringGraphType>("slug").Description("Stable key (lowercase, hyphens). Required on create.");
        Field<StringGraphType>("name").Description("Display name. Required on create.");
        Field<StringGraphType>("description").Description("What belongs here.");
        Field<IdGraphType>("parentId").Description("Create only: the category of a new subcategory, or the subcategory of a new issue type.");
        Field<PriorityGraphType>("defaultPriority").Description("Issue types: default priority.");
        Field<SeverityGraphType>("defaultSeverity").Description("Issue types: typical severity.");
        Field<StringGraphType>("productArea").Description("Issue types: product area.");
        Field<IdGraphType>("owningTeamId").Description("Issue types: the team that handles them.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("examplePhrases").Description("Issue types: how customers phrase it.");
        Field<BooleanGraphType>("autoResolvable").Description("Issue types: may be answered from the KB automatically.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        int? parent = null;
        TaxonomyLevel? parentLevel = null;
        if (value.Value<string>("parentId") is { } parentId)
        {
            if (!GlobalId.TryDecode(parentId, out var type, out var id) || type is not ("Category" or "Subcategory"))
                throw Knowledge.Cms.Common.KnowledgeException.Invalid("input.parentId", $"'{parentId}' is not a Category or Subcategory id.");
            parent = id;
            parentLevel = Enum.Parse<TaxonomyLevel>(type);
        }
        return new TaxonomyInput(value.Value<string>("slug"), value.Value<string>("name"), value.Value<string>("description"), parent, parentLevel,
            value.Value<Priority?>("defaultPriority"), value.Value<Severity?>("defaultSeverity"), value.Value<string>("productArea"),
            value.Id("owningTeamId", "Team", "input.owningTeamId"), value.List<string>("examplePhrases"), value.Value<bool?>("autoResolvable"));
    }
}
