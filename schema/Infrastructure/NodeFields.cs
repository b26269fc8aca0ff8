using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Auth;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;

namespace Knowledge.Schema.Infrastructure;

/// <summary><c>node(id)</c> and <c>nodes(ids)</c>: every Node type and how to load it in batches.</summary>
public static class NodeFields
{
    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any object by its global id; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id.")
            .Resolve(c => Load(c, c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Objects by global id, in the order asked; null entries for ids that do not exist. At most 100 ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > 100) throw Knowledge.Cms.Common.KnowledgeException.Invalid("ids", $"at most 100 ids per call (got {ids.Count}).");
                var pending = ids.Select(id => Load(c, id)).ToList(); // queue every key first: one batch per type
                var results = new List<object?>();
                foreach (var result in pending) results.Add(result is null ? null : await result.GetResultAsync(c.CancellationToken));
                return results;
            });
    }

    private static IDataLoaderResult? Load(IResolveFieldContext c, string globalId)
    {
        if (!GlobalId.TryDecode(globalId, out var type, out var id)) return null;
        switch (type)
        {
            case "Account":
                Demand(c, AccessLevel.Staff, type);
                return c.LoadOne<AccountReader, Account>("account.byId", id, (r, ids, ct) => r.GetByIdsAsync(ids, ct));
            case "Contact":
                Demand(c, AccessLevel.Staff, type);
                return c.LoadOne<AccountReader, Contact>("contact.byId", id, (r, ids, ct) => r.GetContactsByIdsAsync(ids, ct));
            case "Team":
                Demand(c, AccessLevel.Staff, type);
                return c.LoadOne<TeamReader, Team>("team.byId", id, (r, ids, ct) => r.GetTeamsByIdsAsync(ids, ct));
            case "Agent":
                Demand(c, AccessLevel.Staff, type);
                return c.LoadOne<TeamReader, Agent>("agent.byId", id, (r, ids, ct) => r.GetAgentsByIdsAsync(ids, ct));
            case "Ticket":
                Demand(c, AccessLevel.Staff, type);
                return c.LoadOne<TicketReader, Ticket>("ticket.byId", id, (r, ids, ct) => r.GetByIdsAsync(ids, ct));
            case "TicketMessage":
                Demand(c, AccessLevel.Staff, type);
                return c.LoadOne<TicketReader, TicketMessage>("message.byId", id, (r, ids, ct) => r.GetMessagesByIdsAsync(ids, ct));
            case "ApiKey":
                Demand(c, AccessLevel.Admin, type);
                return c.LoadOne<ApiKeyService, ApiKey>("apiKey.byId", id, (r, ids, ct) => r.GetByIdsAsync(ids, ct));
            case "Category":
                return c.LoadOne<TaxonomyReader, Category>("category.byId", id, (r, ids, ct) => r.GetCategoriesByIdsAsync(ids, ct));
            case "Subcategory":
                return c.LoadOne<TaxonomyReader, Subcategory>("subcategory.byId", id, (r, ids, ct) => r.GetSubcategoriesByIdsAsync(ids, ct));
            case "IssueType":
                return c.LoadOne<TaxonomyReader, IssueType>("issueType.byId", id, (r, ids, ct) => r.GetIssueTypesByIdsAsync(ids, ct));
            case "Article":
                return c.LoadOne<ContentReader, LocalizedContent>("article.byId", id, (r, ids, ct) => r.GetLocalizedByIdsAsync(ids, null, ct));
            default:
                return null;
        }
    }

    private static void Demand(IResolveFieldContext c, AccessLevel level, string type) => AccessRules.Demand(c.Viewer(), level, $"A {type}");
}
