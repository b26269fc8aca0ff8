namespace Knowledge.Api.GraphQL.WebSockets;

/// <summary>
/// Close codes of the graphql-transport-ws protocol (PROTOCOL.md of graphql-ws), plus the one for a slow client,
/// which the protocol does not assign: 1013 "Try Again Later" (RFC 6455 / IANA: the server is overloaded), which
/// the graphql-ws client treats as retryable. 4499 is not used: graphql-ws defines it as the client's own
/// "Terminated" code, never sent by a server.
/// </summary>
internal static class CloseCodes
{
    public const int Normal = 1000;
    public const int TryAgainLater = 1013;
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    public const int InternalServerError = 4500;
}
