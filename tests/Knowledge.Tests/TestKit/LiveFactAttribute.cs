namespace Knowledge.Tests.TestKit;

/// <summary>A test against a real external service; skipped (and reported as skipped) unless its variable is set.</summary>
public sealed class LiveFactAttribute : FactAttribute
{
    public LiveFactAttribute(string variable)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(variable)))
            Skip = $"Live test: set {variable} to run it.";
    }
}
