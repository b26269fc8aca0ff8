using GraphQL.Types;
using Knowledge.Cms.Search;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Search;

public sealed class SearchInsightsGraphType : ObjectGraphType<SearchInsights>
{
    public SearchInsightsGraphType()
    {
        Name = "SearchInsights";
        Description = "What people searched for in a period (content searches).";
        Field<NonNullGraphType<DateTimeGraphType>>("from").Description("Start of the period (inclusive).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateTimeGraphType>>("to").Description("End of the period (exclusive).").Resolve(c => c.Source.To);
        Field<NonNullGraphType<IntGraphType>>("totalQueries").Description("Searches in the period.").Resolve(c => c.Source.TotalQueries);
        Field<NonNullGraphType<IntGraphType>>("zeroResultQueries").Description("Searches that found nothing.").Resolve(c => c.Source.ZeroResultQueries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QueryCountGraphType>>>>("topQueries").Description("Most frequent queries (top 20).").Resolve(c => c.Source.TopQueries);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QueryCountGraphType>>>>("topZeroResultQueries")
            .Description("Most frequent queries that found nothing: content to write (top 20).").Resolve(c => c.Source.TopZeroResultQueries);
    }
}

public sealed class QueryCountGraphType : ObjectGraphType<QueryCount>
{
    public QueryCountGraphType()
    {
        Name = "QueryCount";
        Description = "A query (lower-cased) and how often it was asked.";
        Field<NonNullGraphType<StringGraphType>>("query").Description("The normalised query text.").Resolve(c => c.Source.Query);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How often it was asked.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<FloatGraphType>>("averageResults").Description("Average number of results.").Resolve(c => c.Source.AverageResults);
    }
}

public sealed class SynonymSetGraphType : ObjectGraphType<SynonymSet>
{
    public SynonymSetGraphType()
    {
        Name = "SynonymSet";
        Description = "Phrases that mean the same thing for search.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id.").Resolve(c => GlobalId.Encode("SynonymSet", c.Source.Id));
        Field<StringGraphType>("locale").Description("Language the set applies to; null = all.").Resolve(c => c.Source.Locale);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("terms").Description("The phrases.").Resolve(c => c.Source.Terms);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Description("Last change.").Resolve(c => c.Source.UpdatedAt);
    }
}

public sealed class SearchIndexStatusGraphType : ObjectGraphType<SearchIndexStatus>
{
    public SearchIndexStatusGraphType()
    {
        Name = "SearchIndexStatus";
        Description = "The search engine's state and the latest rebuild.";
        Field<NonNullGraphType<StringGraphType>>("provider").Description("Lucene or Elasticsearch.").Resolve(c => c.Source.Health.Provider);
        Field<NonNullGraphType<BooleanGraphType>>("healthy").Description("Whether the engine answers.").Resolve(c => c.Source.Health.Healthy);
        Field<NonNullGraphType<IntGraphType>>("documents").Description("Indexed documents (all locales, content and tickets).").Resolve(c => (int)c.Source.Health.Documents);
        Field<StringGraphType>("detail").Description("Index generation or the error.").Resolve(c => c.Source.Health.Detail);
        Field<NonNullGraphType<IntGraphType>>("pendingChanges").Description("Outbox rows not indexed yet.").Resolve(c => c.Source.PendingChanges);
        Field<Knowledge.Schema.Jobs.JobGraphType>("lastRebuild").Description("The latest rebuildSearchIndex job, if any.").Resolve(c => c.Source.LastRebuild);
    }
}

/// <summary>Health plus backlog, for the admin status field.</summary>
public sealed record SearchIndexStatus(SearchHealth Health, int PendingChanges, Knowledge.Cms.Jobs.Job? LastRebuild);
