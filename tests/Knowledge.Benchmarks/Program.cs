namespace Knowledge.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/Knowledge.Benchmarks -- &lt;benchmark&gt; [options]
/// Each benchmark measures against a reference run in the same process (a ratio) and prints medians; the figures
/// and the command go to docs/benchmarks.md. Not part of `dotnet test`.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
            .Where(t => typeof(IBenchmark).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
            .ToDictionary(b => b.Name);
        if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
        {
            Console.Error.WriteLine("usage: <benchmark> [options]; benchmarks: " + string.Join(", ", benchmarks.Keys.Order()));
            return 2;
        }
        await benchmark.RunAsync(args[1..], Console.Out);
        return 0;
    }
}
