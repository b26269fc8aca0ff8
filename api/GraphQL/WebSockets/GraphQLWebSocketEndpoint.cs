using Knowledge.Schema.Realtime;
using Microsoft.Extensions.Options;

namespace Knowledge.Api.GraphQL.WebSockets;

/// <summary>
/// Upgrade requests to /graphql: the graphql-transport-ws protocol (what the graphql-ws npm client speaks).
/// A socket that does not offer that subprotocol is accepted only to be closed with 4406.
/// </summary>
internal static class GraphQLWebSocketEndpoint
{
    public const string Subprotocol = "graphql-transport-ws";

    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services) =>
        services.AddSingleton<WebSocketConnections>();

    public static async Task HandleAsync(HttpContext http)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLWebSocketEndpoint));
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol))
        {
            using var refused = await http.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable: use graphql-transport-ws", http.RequestAborted);
            return;
        }
        var options = http.RequestServices.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        var connections = http.RequestServices.GetRequiredService<WebSocketConnections>();
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Subprotocol);
        using var _ = connections.Track();
        await new GraphQLWebSocketConnection(socket, http, options, logger).RunAsync(http.RequestAborted);
    }
}
