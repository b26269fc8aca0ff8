namespace Knowledge.Cms.Common;

/// <summary>The time source of the domain; tests and the demo seed substitute their own.</summary>
public interface IClock
{
    /// <summary>Now, in UTC.</summary>
    DateTime UtcNow { get; }
}
