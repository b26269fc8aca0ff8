using Microsoft.Net.Http.Headers;

namespace Knowledge.Api.GraphQL;

/// <summary>Content negotiation of the GraphQL-over-HTTP spec.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The response type for an Accept header, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is null || accept.Count == 0) return Json;
        string? best = null;
        double bestQuality = -1;
        foreach (var candidate in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var quality = candidate.Quality ?? 1;
            if (quality <= 0) continue;
            var type = candidate.MediaType.Value?.ToLowerInvariant();
            var match = type switch
            {
                GraphQLResponse => GraphQLResponse,
                Json => Json,
                "application/*" or "*/*" => Json,
                _ => null,
            };
            if (match is null || quality < bestQuality) continue;
            if (quality > bestQuality || (match == GraphQLResponse && best != GraphQLResponse && type == GraphQLResponse))
            {
                best = match;
                bestQuality = quality;
            }
        }
        return best;
    }

    public static bool IsJsonContent(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && string.Equals(contentType.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (contentType.Charset.Value is null || string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
