namespace Knowledge.Cms.Auth;

/// <summary>API key settings (section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>An admin key taken from configuration. Without it, the first start generates one and prints it once.</summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>How long a verified key is trusted before it is looked up again (revocation on this instance is immediate).</summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(60);
}
