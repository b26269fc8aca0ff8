
namespace Knowledge.Benchmarks.Realtime;

/// <summary>
/// The client side of <see cref="RealtimeSubscribersBenchmark"/>, run as its child process:
/// <c>realtime-clients &lt;ws url&gt; &lt;key&gt; &lt;subscribers&gt; &lt;rounds&gt;</c>. Prints "ready", then for each publish
/// timestamp read from stdin, the latency until every subscriber had the event.
/// </summary>
internal sealed class RealtimeClientsBenchmark : IBenchmark
{
    public string Name => "realtime-clients";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var (address, key, count, rounds) = (new Uri(args[0]), args[1], int.Parse(args[2]), int.Parse(args[3]));
        var sockets = new List<SubscriberSocket>(count);
        for (var batch = 0; batch < count; batch += 50)
            sockets.AddRange(await Task.WhenAll(Enumerable.Range(batch, Math.Min(50, count - batch))
                .Select(_ => SubscriberSocket.OpenAsync(address, key, RealtimeMeasure.TicketSubscription))));
        output.WriteLine("ready");
        output.Flush();
        var all = new List<double>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        for (var round = 0; round < rounds; round++)
        {
            var arrivals = Task.WhenAll(sockets.Select(s => s.NextAsync(timeout.Token)));
            var published = long.Parse((await Console.In.ReadLineAsync())!);
            var latencies = (await arrivals).Select(t => RealtimeMeasure.Milliseconds(t - published)).ToList();
            all.AddRange(latencies);
            output.WriteLine($"round {round + 1}: all {count} received within {latencies.Max():F1} ms ({RealtimeMeasure.Percentiles(latencies)})");
            output.Flush();
        }
        output.WriteLine($"fan-out over {rounds} rounds: {RealtimeMeasure.Percentiles(all)}");
        output.Flush();
        foreach (var socket in sockets) await socket.DisposeAsync();
    }
}
