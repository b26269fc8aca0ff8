namespace Knowledge.Cms.Auth;

/// <summary>A key to create; partner keys may be limited to some locales.</summary>
public sealed record CreateApiKeyCommand(string? Name, Role Role, IReadOnlyList<string>? Scopes = null, IReadOnlyList<string>? Locales = null);
