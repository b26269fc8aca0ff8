using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Knowledge.Cms.Markdown;

namespace Knowledge.Benchmarks;

/// <summary>
/// Render + sanitise throughput of our Markdown pipeline on a large document, with markdown-it (render only, no
/// sanitiser) measured on the same file in the same run; the ratio is what to compare across machines.
/// </summary>
internal sealed class RenderBenchmark : IBenchmark
{
    public string Name => "render";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var file = Stats.Option(args, "file", "../shared/data/bench/kb-205k.md");
        var iterations = int.Parse(Stats.Option(args, "iterations", "50"));
        if (!File.Exists(file)) throw new FileNotFoundException($"Markdown file not found: {file} (pass --file)");
        var markdown = await File.ReadAllTextAsync(file);
        var bytes = Encoding.UTF8.GetByteCount(markdown);
        var renderer = new MarkdownRenderer();
        for (var i = 0; i < 200; i++) renderer.Render(markdown, _ => null); // past tiered JIT promotion
        var samples = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            renderer.Render(markdown, _ => null);
            samples.Add(watch.Elapsed.TotalSeconds);
        }
        var ours = bytes / 1e6 / Stats.Median(samples);
        output.WriteLine($"knowledge (Markdig + link policy + TOC; sanitiser on raw HTML): {ours:F1} MB/s median over {iterations} runs of {bytes / 1024} KB");

        var peers = Path.Combine(AppContext.BaseDirectory, "../../../peers");
        var peer = await RunPeerAsync(Path.GetFullPath(peers), Path.GetFullPath(file), iterations);
        if (peer is { } peerMbs)
        {
            output.WriteLine($"markdown-it (render only):                            {peerMbs:F1} MB/s median");
            output.WriteLine($"ratio knowledge / markdown-it: {ours / peerMbs:F2}");
        }
        output.WriteLine(JsonSerializer.Serialize(new { benchmark = Name, bytes, knowledgeMbPerSecond = ours, markdownItMbPerSecond = peer }));
    }

    private static async Task<double?> RunPeerAsync(string directory, string file, int iterations)
    {
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "markdown-it"))) return null;
        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true };
        start.ArgumentList.Add("markdown-it-bench.mjs");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(iterations.ToString());
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return JsonDocument.Parse(text.Trim()).RootElement.GetProperty("mbPerSecond").GetDouble();
    }
}
