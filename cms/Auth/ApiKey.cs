using Knowledge.Cms.Common;

namespace Knowledge.Cms.Auth;

/// <summary>An API key. Only a SHA-256 hash of the secret is stored; the secret is shown once.</summary>
public sealed class ApiKey : IEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public Role Role { get; set; }
    /// <summary>The first characters of the secret, to recognise a key in lists without revealing it.</summary>
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public List<string> Scopes { get; set; } = [];
    /// <summary>Locales a partner key may read; empty means all.</summary>
    public List<string> Locales { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public bool IsBootstrap { get; set; }
}
