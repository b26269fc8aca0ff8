using GraphQL.Types;

namespace Knowledge.Schema.Infrastructure;

/// <summary>A Relay connection of <typeparamref name="TNodeType"/>: <c>XxxConnection</c> with <c>XxxEdge</c>s.</summary>
public sealed class ConnectionGraphType<TNodeType, TSource> : ObjectGraphType<PageView<TSource>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var nodeName = TypeNames.Of<TNodeType>();
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} items with cursors (Relay connection).";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items match, over all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Cursors and whether more pages exist.").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TSource>>>>>("edges")
            .Description("The items of this page with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page, without cursors.").Resolve(c => c.Source.Page.Items);
    }
}

/// <summary>One item of a connection with its cursor.</summary>
public sealed class EdgeGraphType<TNodeType, TSource> : ObjectGraphType<(string Cursor, TSource Node)>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var nodeName = TypeNames.Of<TNodeType>();
        Name = nodeName + "Edge";
        Description = $"A {nodeName} in a connection, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position of this item; pass as `after` or `before`.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {nodeName}.").Resolve(c => c.Source.Node);
    }
}

/// <summary>GraphQL names of our code-first types: <c>TicketGraphType</c> → <c>Ticket</c>.</summary>
public static class TypeNames
{
    public static string Of<T>() => Of(typeof(T));

    public static string Of(Type type)
    {
        var name = type.Name;
        foreach (var suffix in new[] { "GraphType", "Type" })
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        return name;
    }
}
