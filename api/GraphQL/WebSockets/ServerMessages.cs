using System.Text.Json;
using GraphQL;

namespace Knowledge.Api.GraphQL.WebSockets;

/// <summary>The graphql-transport-ws messages the server sends, as JSON text.</summary>
internal static class ServerMessages
{
    public const string ConnectionAck = """{"type":"connection_ack"}""";
    public const string Ping = """{"type":"ping"}""";

    public static string Pong(JsonElement? payload) =>
        payload is { } p ? $$"""{"type":"pong","payload":{{p.GetRawText()}}}""" : """{"type":"pong"}""";

    public static string Next(string id, IGraphQLTextSerializer serializer, ExecutionResult result) =>
        $$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"next","payload":{{serializer.Serialize(result)}}}""";

    /// <summary>Errors before execution (parse, validation): the payload is the result's error list.</summary>
    public static string Error(string id, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        var errors = document.RootElement.TryGetProperty("errors", out var list) ? list.GetRawText() : """[{"message":"The operation failed."}]""";
        return $$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"error","payload":{{errors}}}""";
    }

    public static string Error(string id, string message, string code) =>
        "{\"id\":" + JsonSerializer.Serialize(id) + ",\"type\":\"error\",\"payload\":[{\"message\":" + JsonSerializer.Serialize(message)
        + ",\"extensions\":{\"code\":" + JsonSerializer.Serialize(code) + "}}]}";

    public static string Complete(string id) => $$"""{"id":{{JsonSerializer.Serialize(id)}},"type":"complete"}""";
}
