using System.Diagnostics;

namespace Knowledge.Tests.TestKit;

/// <summary>Runs the node scripts of tests/Knowledge.Tests/node (the real graphql-ws client).</summary>
public static class NodeScripts
{
    public static string Directory => RepositoryPaths.File("tests", "Knowledge.Tests", "node");

    public static string? Node { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(d => Path.Combine(d, "node")).FirstOrDefault(File.Exists);

    /// <summary>Why the scripts cannot run here, or null.</summary>
    public static string? Missing()
    {
        if (Node is null) return "node is not installed";
        try
        {
            if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphql-ws")))
                return "the npm packages are not installed (cd tests/Knowledge.Tests/node && npm ci)";
        }
        catch (InvalidOperationException)
        {
            return "the repository root was not found";
        }
        return null;
    }

    /// <summary>Runs <paramref name="script"/> with arguments; returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, TimeSpan timeout, params string[] args)
    {
        if (Missing() is { } reason) throw new InvalidOperationException(reason);
        var info = new ProcessStartInfo(Node!) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out\n" + await stdout + await stderr);
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
