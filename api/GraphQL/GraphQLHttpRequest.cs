using System.Text.Json;

namespace Knowledge.Api.GraphQL;

/// <summary>A GraphQL request as it came over HTTP, before execution.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
