using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Auth;

/// <summary>Creates, revokes and verifies API keys.</summary>
public sealed class ApiKeyService
{
    private readonly KnowledgeDbContext db;
    private readonly ICurrentUser user;
    private readonly IClock clock;
    private readonly IMemoryCache cache;
    private readonly AuthOptions options;

    internal ApiKeyService(KnowledgeDbContext db, ICurrentUser user, IClock clock, IMemoryCache cache, IOptions<AuthOptions> options)
    {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.cache = cache;
        this.options = options.Value;
    }

    /// <summary>The caller behind a bearer secret, or null when the key is unknown or revoked.</summary>
    public async Task<Viewer?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        if (secret.Length is 0 or > 200) return null;
        var hash = ApiKeySecrets.Hash(secret);
        if (cache.TryGetValue(CacheKey(hash), out Viewer? cached)) return cached;
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.SecretHash == hash, cancellationToken);
        Viewer? viewer = key is null || key.RevokedAt is not null
            ? null
            : new Viewer(key.Role, key.Name, key.Id, key.Scopes, key.Locales);
        cache.Set(CacheKey(hash), viewer, options.KeyCacheDuration);
        return viewer;
    }

    public async Task<(ApiKey Key, string Secret)> CreateAsync(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var name = Guard.Required(command.Name, "input.name", 120);
        var locales = (command.Locales ?? []).Select((l, i) => Guard.Locale(l, $"input.locales[{i}]")).Distinct().ToList();
        if (locales.Count > 0 && command.Role != Role.Partner)
            throw KnowledgeException.Invalid("input.locales", "only partner keys can be limited to locales.");
        var secret = ApiKeySecrets.Generate();
        var key = new ApiKey
        {
            Name = name,
            Role = command.Role,
            Prefix = ApiKeySecrets.PrefixOf(secret),
            SecretHash = ApiKeySecrets.Hash(secret),
            Scopes = Guard.Tags(command.Scopes, "input.scopes").ToList(),
            Locales = locales,
            CreatedAt = clock.UtcNow,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    public async Task<ApiKey> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken) ?? throw KnowledgeException.NotFound("ApiKey", id.ToString());
        key.RevokedAt ??= clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey(key.SecretHash));
        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    public Task<IReadOnlyDictionary<int, ApiKey>> GetByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        user.RequireAdmin();
        return db.ApiKeys.AsNoTracking().ByIdsAsync(ids, cancellationToken);
    }

    /// <summary>
    /// Makes sure an admin key exists: the configured bootstrap key, or — on a database with no admin key at all —
    /// a generated one, returned so the host can print it once.
    /// </summary>
    internal async Task<string?> EnsureBootstrapKeyAsync(CancellationToken cancellationToken)
    {
        var configured = options.BootstrapAdminKey;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var hash = ApiKeySecrets.Hash(configured.Trim());
            if (!await db.ApiKeys.AnyAsync(k => k.SecretHash == hash, cancellationToken))
                db.ApiKeys.Add(NewBootstrapKey(configured.Trim(), hash));
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        if (await db.ApiKeys.AnyAsync(k => k.Role == Role.Admin && k.RevokedAt == null, cancellationToken)) return null;
        var secret = ApiKeySecrets.Generate();
        db.ApiKeys.Add(NewBootstrapKey(secret, ApiKeySecrets.Hash(secret)));
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    private ApiKey NewBootstrapKey(string secret, string hash) => new()
    {
        Name = "bootstrap-admin",
        Role = Role.Admin,
        Prefix = ApiKeySecrets.PrefixOf(secret),
        SecretHash = hash,
        CreatedAt = clock.UtcNow,
        IsBootstrap = true,
    };

    private static string CacheKey(string hash) => "apikey:" + hash;
}
