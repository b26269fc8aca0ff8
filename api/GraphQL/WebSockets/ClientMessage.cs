using System.Text.Json;

namespace Knowledge.Api.GraphQL.WebSockets;

/// <summary>A graphql-transport-ws message from the client, checked for the shape its type requires.</summary>
internal sealed record ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    public const string ConnectionInit = "connection_init";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Complete = "complete";

    /// <summary>Null (with the reason) for anything the protocol calls an invalid message: the socket closes with 4400.</summary>
    public static ClientMessage? TryParse(ReadOnlyMemory<byte> utf8, out string error)
    {
        error = "Invalid message received";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            error = "Invalid message received: not JSON";
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                error = "Invalid message received: a message is an object with a string 'type'";
                return null;
            }
            var type = typeElement.GetString()!;
            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 }) return Fail("'id' must be a non-empty string", out error);
                id = idElement.GetString();
            }
            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            switch (type)
            {
                case ConnectionInit or Ping or Pong:
                    if (payload is { ValueKind: not JsonValueKind.Object }) return Fail($"the '{type}' payload must be an object", out error);
                    break;
                case Subscribe:
                    if (id is null) return Fail("'subscribe' needs an 'id'", out error);
                    if (payload is not { ValueKind: JsonValueKind.Object } subscribe
                        || !subscribe.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
                        return Fail("the 'subscribe' payload must be an object with a 'query' string", out error);
                    if (!Optional(subscribe, "operationName", JsonValueKind.String) || !Optional(subscribe, "variables", JsonValueKind.Object)
                        || !Optional(subscribe, "extensions", JsonValueKind.Object))
                        return Fail("'operationName' must be a string, 'variables' and 'extensions' objects", out error);
                    break;
                case Complete:
                    if (id is null) return Fail("'complete' needs an 'id'", out error);
                    break;
                default:
                    return Fail($"unexpected message type '{type}'", out error);
            }
            return new ClientMessage(type, id, payload);
        }
    }

    /// <summary>The subscribe payload as a GraphQL request (shape already checked by <see cref="TryParse"/>).</summary>
    public GraphQLHttpRequest ToRequest()
    {
        var payload = Payload!.Value;
        string? operationName = payload.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
        return new GraphQLHttpRequest(payload.GetProperty("query").GetString()!, operationName, ObjectOrNull(payload, "variables"), ObjectOrNull(payload, "extensions"));
    }

    private static JsonElement? ObjectOrNull(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static bool Optional(JsonElement payload, string name, JsonValueKind kind) =>
        !payload.TryGetProperty(name, out var value) || value.ValueKind == kind || value.ValueKind == JsonValueKind.Null;

    private static ClientMessage? Fail(string reason, out string error)
    {
        error = "Invalid message received: " + reason;
        return null;
    }
}
