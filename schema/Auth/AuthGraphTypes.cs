using GraphQL.Types;
using Knowledge.Cms.Auth;
using Knowledge.Cms.Common;
using Knowledge.Schema.Infrastructure;

namespace Knowledge.Schema.Auth;

public sealed class RoleGraphType : EnumerationGraphType<Role>
{
    public RoleGraphType()
    {
        Name = "Role";
        Description = "What an API key may do: ADMIN (everything), AGENT (tickets, accounts, drafts), PARTNER (published public and partner content).";
    }
}

public sealed class ViewerGraphType : ObjectGraphType<Viewer>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "Who the server thinks is calling.";
        Field<NonNullGraphType<BooleanGraphType>>("authenticated").Description("Whether a valid API key was sent.").Resolve(c => c.Source.IsAuthenticated);
        Field<RoleGraphType>("role").Description("The key's role; null for anonymous callers.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("ANONYMOUS, PARTNER, AGENT or ADMIN.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("keyName").Description("Name of the API key in use.").Resolve(c => c.Source.KeyName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("Extra scopes of the key.").Resolve(c => c.Source.Scopes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("locales").Description("Locales a partner key is limited to; empty means all.").Resolve(c => c.Source.Locales);
    }
}

public sealed class ApiKeyGraphType : ObjectGraphType<ApiKey>
{
    public ApiKeyGraphType()
    {
        Name = "ApiKey";
        Description = "An API key. The secret is shown only once, when created. Admin only.";
        this.Requires(AccessLevel.Admin);
        this.IsNode("ApiKey");
        Field(k => k.Name).Description("Name given at creation.");
        Field<NonNullGraphType<RoleGraphType>>("role").Description("Role of the key.").Resolve(c => c.Source.Role);
        Field(k => k.Prefix).Description("First characters of the secret, to recognise it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Description("Extra scopes.").Resolve(c => c.Source.Scopes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("locales").Description("Locales a partner key is limited to.").Resolve(c => c.Source.Locales);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When it was created.").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeGraphType>("revokedAt").Description("When it was revoked; revoked keys are refused.").Resolve(c => c.Source.RevokedAt);
    }
}

public sealed class CreateApiKeyInputGraphType : InputObjectGraphType<CreateApiKeyCommand>
{
    public CreateApiKeyInputGraphType()
    {
        Name = "CreateApiKeyInput";
        Description = "A new API key.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Who or what uses the key.");
        Field<NonNullGraphType<RoleGraphType>>("role").Description("Its role.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("scopes").Description("Extra scopes (e.g. editor).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("locales").Description("Partner keys: locales it may read.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateApiKeyCommand(
        value.Value<string>("name"), value.Value<Role>("role"), value.List<string>("scopes"), value.List<string>("locales"));
}

public sealed class CreateApiKeyPayloadGraphType : ObjectGraphType<(ApiKey Key, string Secret)>
{
    public CreateApiKeyPayloadGraphType()
    {
        Name = "CreateApiKeyPayload";
        Description = "The new key and its secret. The secret is not stored and cannot be shown again.";
        Field<NonNullGraphType<ApiKeyGraphType>>("apiKey").Description("The key.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("secret").Description("Send as 'Authorization: Bearer <secret>'.").Resolve(c => c.Source.Secret);
    }
}

public sealed class RevokeApiKeyPayloadGraphType : ObjectGraphType<ApiKey>
{
    public RevokeApiKeyPayloadGraphType()
    {
        Name = "RevokeApiKeyPayload";
        Description = "The revoked key.";
        Field<NonNullGraphType<ApiKeyGraphType>>("apiKey").Description("The key, now with revokedAt set.").Resolve(c => c.Source);
    }
}

public sealed class RevokeApiKeyInputGraphType : InputObjectGraphType<object>
{
    public RevokeApiKeyInputGraphType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the key.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        GlobalId.Expect(value.Value<string>("id"), "ApiKey", "input.id");
}
