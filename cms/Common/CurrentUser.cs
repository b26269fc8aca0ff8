namespace Knowledge.Cms.Common;

/// <summary>Scoped holder the host fills after authenticating the request. Defaults to anonymous.</summary>
public sealed class CurrentUser : ICurrentUser
{
    public Viewer Viewer { get; set; } = Viewer.Anonymous;
}
