namespace Knowledge.Cms.Common;

/// <summary>The caller of the current request or job; set once per scope by the host.</summary>
public interface ICurrentUser
{
    Viewer Viewer { get; }
}
