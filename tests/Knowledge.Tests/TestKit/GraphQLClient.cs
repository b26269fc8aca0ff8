using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Knowledge.Tests.TestKit;

/// <summary>A tiny GraphQL-over-HTTP client for tests: POST JSON, read the response as JSON.</summary>
public sealed class GraphQLClient(HttpClient http, string? apiKey)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        return await SendAsync(request, accept);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string accept = "application/graphql-response+json")
    {
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd(accept);
        if (apiKey is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }

    /// <summary>Posts and fails the test on any GraphQL error; returns <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors.Count == 0, $"Unexpected errors: {response.Body}");
        return response.Data;
    }
}

public sealed class GraphQLResponse
{
    public GraphQLResponse(HttpStatusCode status, string? mediaType, string body)
    {
        Status = status;
        MediaType = mediaType;
        Body = body;
        Json = body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public HttpStatusCode Status { get; }
    public string? MediaType { get; }
    public string Body { get; }
    public JsonElement Json { get; }

    public JsonElement Data => Json.TryGetProperty("data", out var data) ? data : default;

    public IReadOnlyList<JsonElement> Errors =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().ToList() : [];

    public string? FirstCode => Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).FirstOrDefault();

    public string? FirstField => Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("field", out var f) ? f.GetString() : null).FirstOrDefault();
}
