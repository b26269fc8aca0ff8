using System.Text.Json;

namespace Knowledge.Api.GraphQL;

/// <summary>
/// Reads a GraphQL-over-HTTP request: a JSON object body for POST, query parameters for GET. Anything malformed is a
/// request error with a message saying what is wrong (HTTP 400), never an exception.
/// </summary>
internal static class GraphQLRequestReader
{
    public const string TooLarge = "The request body is too large.";

    public static async Task<(GraphQLHttpRequest? Request, string? Error)> ReadPostAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Body, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, $"The request body is not valid JSON: {ex.Message}");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, "The request body must be a JSON object with a 'query' string.");
            string? query = null, operationName = null;
            JsonElement? variables = null, extensions = null;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "query":
                        if (property.Value.ValueKind != JsonValueKind.String) return (null, "'query' must be a string.");
                        query = property.Value.GetString();
                        break;
                    case "operationName":
                        if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return (null, "'operationName' must be a string or null.");
                        operationName = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                        break;
                    case "variables":
                        if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return (null, "'variables' must be an object or null.");
                        variables = property.Value.ValueKind == JsonValueKind.Object ? property.Value.Clone() : null;
                        break;
                    case "extensions":
                        if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return (null, "'extensions' must be an object or null.");
                        extensions = property.Value.ValueKind == JsonValueKind.Object ? property.Value.Clone() : null;
                        break;
                }
            }
            return string.IsNullOrWhiteSpace(query)
                ? (null, "The request has no 'query'.")
                : (new GraphQLHttpRequest(query, operationName, variables, extensions), null);
        }
    }

    public static (GraphQLHttpRequest? Request, string? Error) ReadGet(IQueryCollection parameters)
    {
        var query = parameters["query"].ToString();
        if (string.IsNullOrWhiteSpace(query)) return (null, "The request has no 'query' parameter.");
        var operationName = parameters["operationName"].ToString();
        var (variables, variablesError) = ParseJsonParameter(parameters["variables"].ToString(), "variables");
        if (variablesError is not null) return (null, variablesError);
        var (extensions, extensionsError) = ParseJsonParameter(parameters["extensions"].ToString(), "extensions");
        if (extensionsError is not null) return (null, extensionsError);
        return (new GraphQLHttpRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions), null);
    }

    private static (JsonElement? Value, string? Error) ParseJsonParameter(string text, string name)
    {
        if (string.IsNullOrEmpty(text)) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (document.RootElement.Clone(), null),
                JsonValueKind.Null => (null, null),
                _ => (null, $"'{name}' must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            return (null, $"'{name}' is not valid JSON.");
        }
    }
}
