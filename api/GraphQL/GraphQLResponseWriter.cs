using GraphQL;

namespace Knowledge.Api.GraphQL;

/// <summary>Writes GraphQL results and request errors in the negotiated media type.</summary>
internal static class GraphQLResponseWriter
{
    public static async Task WriteResultAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    public static Task WriteRequestErrorAsync(HttpContext http, int status, string mediaType, string message, string code = "BAD_REQUEST") =>
        WriteResultAsync(http, status, mediaType, new ExecutionResult
        {
            Errors = [new ExecutionError(message) { Code = code }],
        });
}
