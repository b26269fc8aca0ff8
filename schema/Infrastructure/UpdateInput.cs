namespace Knowledge.Schema.Infrastructure;

/// <summary>A parsed update input: which object (global id), the version the client read, and the fields to change.</summary>
public sealed record UpdateInput<T>(string Id, int? ExpectedVersion, T Fields)
{
    public static object Wrap(IDictionary<string, object?> value, T fields, bool update) =>
        update ? new UpdateInput<T>(value.Value<string>("id")!, value.Value<int?>("expectedVersion"), fields) : fields!;
}
