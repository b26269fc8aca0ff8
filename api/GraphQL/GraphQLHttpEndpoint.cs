using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Knowledge.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP spec): POST with a JSON body, GET for queries only. Responses are
/// <c>application/graphql-response+json</c> (request errors → 400) or <c>application/json</c> (always 200 once the
/// request is well-formed) by the Accept header. (Replaces graphql-dotnet's server package; see docs/decisions.)
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";
    private const long MaxBodyBytes = 2 * 1024 * 1024;

    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Path, HandleAsync).WithDisplayName("GraphQL over HTTP");
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext http)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await WebSockets.GraphQLWebSocketEndpoint.HandleAsync(http);
            return;
        }
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, "Use GET (queries) or POST.");
            return;
        }
        var mediaType = MediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }
        GraphQLHttpRequest? request;
        string? error;
        if (isGet)
        {
            (request, error) = GraphQLRequestReader.ReadGet(http.Request.Query);
        }
        else
        {
            if (!MediaTypes.IsJsonContent(http.Request))
            {
                await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType,
                    "POST bodies must be 'application/json' (UTF-8).");
                return;
            }
            if (http.Request.ContentLength > MaxBodyBytes)
            {
                await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType,
                    $"The request body is larger than {MaxBodyBytes / 1024} KB.");
                return;
            }
            var sizeLimit = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
            if (sizeLimit is { IsReadOnly: false }) sizeLimit.MaxRequestBodySize = MaxBodyBytes;
            (request, error) = await GraphQLRequestReader.ReadPostAsync(http.Request, http.RequestAborted);
        }
        if (request is null)
        {
            var errorStatus = error == GraphQLRequestReader.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, errorStatus, mediaType, error!);
            return;
        }
        var document = TryParse(request.Query);
        if (isGet && document is not null && OperationOf(document, request.OperationName) is { } operation && operation != OperationType.Query)
        {
            http.Response.Headers.Allow = "POST";
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType,
                $"A {operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.");
            return;
        }
        if (document is not null && OperationOf(document, request.OperationName) == OperationType.Subscription)
        {
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, mediaType,
                "Subscriptions need the WebSocket transport: connect to /graphql with the graphql-transport-ws subprotocol.");
            return;
        }
        var result = await ExecuteAsync(http, request, document);
        var status = !result.Executed && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await GraphQLResponseWriter.WriteResultAsync(http, status, mediaType, result);
    }

    internal static async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest request, GraphQLDocument? document)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var executer = services.GetRequiredService<IDocumentExecuter>();
        return await executer.ExecuteAsync(options =>
        {
            options.Schema = services.GetRequiredService<ISchema>();
            options.Query = request.Query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null;
            options.Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null;
            options.RequestServices = services;
            options.User = http.User;
            options.CancellationToken = http.RequestAborted;
            options.Timeout = TimeSpan.FromSeconds(30);
        });
    }

    /// <summary>Parses once so GET can be checked for its operation type; syntax errors are left to the executer to report.</summary>
    private static GraphQLDocument? TryParse(string query)
    {
        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return null;
        }
    }

    private static OperationType? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation?.Operation;
    }
}
