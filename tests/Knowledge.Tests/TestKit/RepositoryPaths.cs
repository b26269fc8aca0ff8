namespace Knowledge.Tests.TestKit;

/// <summary>Locates files of the repository from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Knowledge.sln")))
                directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Knowledge.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
