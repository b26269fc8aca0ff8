using System.Diagnostics;

namespace Knowledge.Tests.TestKit;

/// <summary>
/// Finds tools some tests drive (node with the packages in tests/Knowledge.Tests/node, redis-server, chromium).
/// A missing tool skips the test with the reason — except under CI=true, where it fails.
/// </summary>
public static class ExternalTools
{
    public static string NodeDirectory => RepositoryPaths.File("tests", "Knowledge.Tests", "node");

    /// <summary>Path of an executable on PATH, or null.</summary>
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    /// <summary>node plus the npm package, or a skip (a failure under CI).</summary>
    public static string RequireNodePackage(string package)
    {
        var node = Find("node");
        var installed = Directory.Exists(Path.Combine(NodeDirectory, "node_modules", package));
        if (node is not null && installed) return node;
        var reason = node is null
            ? "node is not installed"
            : $"npm package '{package}' is not installed (run: npm ci --prefix tests/Knowledge.Tests/node)";
        if (RepositoryPaths.IsCi) throw new InvalidOperationException($"CI needs this tool: {reason}.");
        throw new SkipException(reason);
    }

    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's chromium for the browser tests (never a downloaded browser), or a skip (a failure under CI).</summary>
    public static string RequireChromium()
    {
        if (File.Exists(ChromiumPath)) return ChromiumPath;
        const string reason = "chromium is not installed at " + ChromiumPath + " (run: apt-get install -y chromium)";
        if (RepositoryPaths.IsCi) throw new InvalidOperationException($"CI needs this tool: {reason}.");
        throw new SkipException(reason);
    }

    /// <summary>Runs a process to completion and returns its standard output; fails the test on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string executable, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} did not finish within {timeout}: {await error}");
        }
        Assert.True(process.ExitCode == 0, $"{executable} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
