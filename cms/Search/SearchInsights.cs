namespace Knowledge.Cms.Search;

/// <summary>What people searched for in a period: the most frequent queries and those that found nothing.</summary>
public sealed record SearchInsights(
    DateTime From,
    DateTime To,
    int TotalQueries,
    int ZeroResultQueries,
    IReadOnlyList<QueryCount> TopQueries,
    IReadOnlyList<QueryCount> TopZeroResultQueries);

/// <summary>A normalised query text, how often it was asked and its average result count.</summary>
public sealed record QueryCount(string Query, int Count, double AverageResults);
