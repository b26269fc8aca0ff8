using Knowledge.Api.GraphQL;
using Knowledge.Cms.Auth;
using Knowledge.Cms.Common;
using Microsoft.Net.Http.Headers;

namespace Knowledge.Api.Auth;

/// <summary>
/// Turns <c>Authorization: Bearer &lt;key&gt;</c> into the request's <see cref="Viewer"/>. No header means anonymous;
/// an unknown or revoked key is refused with 401 and an UNAUTHENTICATED error (never silently downgraded to anonymous).
/// </summary>
internal sealed class ApiKeyAuthenticationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, CurrentUser currentUser, ApiKeyService keys)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
        {
            await next(http);
            return;
        }
        var secret = BearerSecret(header);
        var viewer = secret is null ? null : await keys.AuthenticateAsync(secret, http.RequestAborted);
        if (viewer is null)
        {
            http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status401Unauthorized,
                MediaTypes.Negotiate(http.Request) ?? MediaTypes.Json,
                secret is null ? "The Authorization header must be 'Bearer <api key>'." : "The API key is unknown or has been revoked.",
                ErrorCodes.Unauthenticated);
            return;
        }
        currentUser.Viewer = viewer;
        await next(http);
    }

    internal static string? BearerSecret(string header)
    {
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }
}
