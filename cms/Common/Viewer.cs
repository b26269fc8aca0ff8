using Knowledge.Cms.Articles;
using Knowledge.Cms.Auth;

namespace Knowledge.Cms.Common;

/// <summary>Who is calling: anonymous, or an API key with a role, scopes and allowed locales.</summary>
public sealed record Viewer(Role? Role, string? KeyName, int? KeyId, IReadOnlyList<string> Scopes, IReadOnlyList<string> Locales)
{
    public static readonly Viewer Anonymous = new(null, null, null, [], []);

    /// <summary>The system itself (background jobs, seeding).</summary>
    public static readonly Viewer System = new(Auth.Role.Admin, "system", null, [], []);

    public bool IsAuthenticated => Role is not null;
    public bool IsAdmin => Role == Auth.Role.Admin;
    /// <summary>Agents and admins work with tickets, accounts, drafts and internal content.</summary>
    public bool IsStaff => Role is Auth.Role.Admin or Auth.Role.Agent;

    /// <summary>Audiences this caller may read once content is published.</summary>
    public IReadOnlyList<Audience> ReadableAudiences => Role switch
    {
        Auth.Role.Admin or Auth.Role.Agent => [Audience.Public, Audience.Partner, Audience.Internal],
        Auth.Role.Partner => [Audience.Public, Audience.Partner],
        _ => [Audience.Public],
    };

    /// <summary>Whether a partner key restricted to some locales may read this one (by language or exact tag).</summary>
    public bool MayReadLocale(string locale) =>
        Locales.Count == 0 || Locales.Any(l => string.Equals(l, locale, StringComparison.OrdinalIgnoreCase)
                                                || string.Equals(l, Common.Locales.Language(locale), StringComparison.OrdinalIgnoreCase));

    public string Kind => Role?.ToString().ToUpperInvariant() ?? "ANONYMOUS";
}
