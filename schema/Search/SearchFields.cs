using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Common;
using Knowledge.Cms.Common.Paging;
using Knowledge.Cms.Jobs;
using Knowledge.Cms.Search;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Jobs;

namespace Knowledge.Schema.Search;

/// <summary>Search root fields: content search for everyone (filtered by role inside the engine), ticket search for staff, admin tools.</summary>
public static class SearchFields
{
    public static void AddSearchQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchResultsGraphType>>("search")
            .Description("Full-text search of the knowledge base in one language, with synonyms, typo tolerance, highlights and facets. "
                         + "Anonymous callers and partners only ever see published content of their audiences and locales. "
                         + "When nothing matches in `locale`, results come from the source language (`isFallback`); with a translation provider the query is translated first and titles and snippets are machine-translated back (`machineTranslation`).")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What to look for, as typed (1–500 characters; no query syntax).")
            .Argument<StringGraphType>("locale", "Language to search and analyse in (e.g. en, de, ja, pt-BR); omit to search every item's source language.")
            .Argument<IntGraphType>("first", $"Results per page, at most {PageRequest.MaxPageSize} (default {PageRequest.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Cursor of the last result of the previous page.")
            .Argument<SearchFilterGraphType>("filter", "Only results with these kinds, categories, locales or tags.")
            .Resolve().WithService<Knowledge.Cms.Translation.TranslatingSearchService>()
            .ResolveAsync(async (c, s) => await s.SearchContentAsync(c.GetArgument<string>("query"), c.GetArgument<string?>("locale"),
                c.GetArgument<SearchFilter?>("filter"), new PageRequest(c.GetArgument<int?>("first"), c.GetArgument<string?>("after")), c.CancellationToken));

        query.Field<NonNullGraphType<TicketSearchResultsGraphType>>("searchTickets")
            .Description("Full-text search of tickets (subject, body and every message). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<NonNullGraphType<StringGraphType>>("query", "What to look for, as typed.")
            .Argument<IntGraphType>("first", $"Results per page, at most {PageRequest.MaxPageSize}.")
            .Argument<StringGraphType>("after", "Cursor of the last result of the previous page.")
            .Resolve().WithService<SearchService>()
            .ResolveAsync(async (c, s) => await s.SearchTicketsAsync(c.GetArgument<string>("query"),
                new PageRequest(c.GetArgument<int?>("first"), c.GetArgument<string?>("after")), c.CancellationToken));

        query.Field<NonNullGraphType<SearchInsightsGraphType>>("searchInsights")
            .Description("Top queries and top zero-result queries of a period (default: the last 30 days). Staff only.")
            .Requires(AccessLevel.Staff)
            .Argument<DateTimeGraphType>("from", "Start of the period (inclusive).")
            .Argument<DateTimeGraphType>("to", "End of the period (exclusive; default now).")
            .Resolve().WithService<SearchInsightsReader>()
            .ResolveAsync(async (c, r) => await r.GetAsync(c.GetArgument<DateTime?>("from"), c.GetArgument<DateTime?>("to"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SynonymSetGraphType>>>>("synonymSets")
            .Description("Admin-managed search synonym sets. Staff only.")
            .Requires(AccessLevel.Staff)
            .Resolve().WithService<SynonymService>()
            .ResolveAsync(async (c, s) => await s.ListAsync(c.CancellationToken));

        query.Field<NonNullGraphType<SearchIndexStatusGraphType>>("searchIndexStatus")
            .Description("Engine health, document count, indexing backlog and the latest rebuild. Admin only.")
            .Requires(AccessLevel.Admin)
            .Resolve().WithServices<ISearchIndex, JobService, SearchService>()
            .ResolveAsync(async (c, index, jobs, service) => new SearchIndexStatus(await index.HealthAsync(c.CancellationToken),
                await service.PendingChangesAsync(c.CancellationToken), await jobs.LatestAsync(SearchJobKinds.Rebuild, c.CancellationToken)));
    }

    public static void AddSearchMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<JobPayloadGraphType>>("rebuildSearchIndex")
            .Description("Re-indexes everything from the database into a fresh index and swaps it in without a gap in search. Admin only.")
            .Requires(AccessLevel.Admin)
            .Resolve().WithServices<JobService, ICurrentUser>()
            .ResolveAsync(async (c, jobs, user) =>
                await jobs.EnqueueOnceAsync(SearchJobKinds.Rebuild, null, user.Viewer.KeyName, c.CancellationToken));

        mutation.Field<NonNullGraphType<SynonymSetGraphType>>("createSynonymSet")
            .Description("Adds a synonym set; it applies to the next query. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<SynonymSetInputGraphType>>("input", "The phrases and optional locale.")
            .Resolve().WithService<SynonymService>()
            .ResolveAsync(async (c, s) =>
            {
                var input = c.GetArgument<SynonymSetInput>("input");
                return await s.CreateAsync(input.Locale, input.Terms, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SynonymSetGraphType>>("updateSynonymSet")
            .Description("Replaces the phrases (and locale) of a synonym set. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<SynonymSetInputGraphType>>("input", "The set's id with its new phrases.")
            .Resolve().WithService<SynonymService>()
            .ResolveAsync(async (c, s) =>
            {
                var input = c.GetArgument<SynonymSetInput>("input");
                var id = GlobalId.Expect(input.Id ?? throw KnowledgeException.Invalid("input.id", "is required."), "SynonymSet", "input.id");
                return await s.UpdateAsync(id, input.Locale, input.Terms, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteSynonymSet")
            .Description("Deletes a synonym set. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the set.")
            .Resolve().WithService<SynonymService>()
            .ResolveAsync(async (c, s) => await s.DeleteAsync(GlobalId.Expect(c.GetArgument<string>("id"), "SynonymSet", "id"), c.CancellationToken));
    }
}
