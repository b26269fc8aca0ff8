namespace Knowledge.Schema.Infrastructure;

/// <summary>Limits and error detail of the GraphQL layer (section <c>GraphQL</c>).</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection nesting accepted.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest estimated cost accepted; lists count by their <c>first</c>/<c>last</c>.</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Include exception details (stack traces) in errors. Only for local development.</summary>
    public bool ExposeExceptionDetails { get; set; }
}
