namespace Knowledge.Cms.Search;

/// <summary>Job kinds of the search feature.</summary>
public static class SearchJobKinds
{
    /// <summary>Re-index everything into a fresh index and swap it in.</summary>
    public const string Rebuild = "search.rebuild";
}
