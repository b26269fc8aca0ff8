using GraphQL.Types;
using Knowledge.Cms.Common;

namespace Knowledge.Schema.Infrastructure;

/// <summary>The Relay Node interface: anything with a global id can be fetched with <c>node(id)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetchable with `node(id)` and `nodes(ids)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id of the object.");
    }
}

public static class NodeTypeExtensions
{
    /// <summary>Makes <paramref name="type"/> a Node whose global id encodes <paramref name="typeName"/> and the row key.</summary>
    public static void IsNode<TSource>(this ObjectGraphType<TSource> type, string typeName) where TSource : IEntity
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is TSource;
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id of the object.")
            .Resolve(c => GlobalId.Encode(typeName, c.Source.Id));
    }
}
