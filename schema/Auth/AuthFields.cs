using GraphQL;
using GraphQL.Types;
using Knowledge.Cms.Auth;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Auth;

/// <summary>Viewer and API key root fields.</summary>
public static class AuthFields
{
    public static void AddAuthQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerGraphType>>("viewer").Description("Who is calling: role, scopes, allowed locales.")
            .Resolve(c => c.Viewer());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyGraphType>>>>("apiKeys").Description("All API keys. Admin only.")
            .Requires(AccessLevel.Admin)
            .Resolve().WithService<ApiKeyService>()
            .ResolveAsync(async (c, s) => await s.ListAsync(c.CancellationToken));
    }

    public static void AddAuthMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateApiKeyPayloadGraphType>>("createApiKey").Description("Creates an API key and returns its secret once. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<CreateApiKeyInputGraphType>>("input", "The new key.")
            .Resolve().WithService<ApiKeyService>()
            .ResolveAsync(async (c, s) => await s.CreateAsync(c.GetArgument<CreateApiKeyCommand>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<RevokeApiKeyPayloadGraphType>>("revokeApiKey").Description("Revokes an API key at once. Admin only.")
            .Requires(AccessLevel.Admin)
            .Argument<NonNullGraphType<RevokeApiKeyInputGraphType>>("input", "The key to revoke.")
            .Resolve().WithService<ApiKeyService>()
            .ResolveAsync(async (c, s) => await s.RevokeAsync(c.GetArgument<int>("input"), c.CancellationToken));
    }
}
