using Knowledge.Cms.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Benchmarks.Realtime;

/// <summary>
/// Event-to-subscriber latency: a <c>ticket.updated</c> published on the bus until the WebSocket client has the
/// <c>next</c> message (load from SQLite, execution, serialisation, socket), in-process and through Redis between
/// two instances. Options: --events N (default 1000).
/// </summary>
internal sealed class RealtimeLatencyBenchmark : IBenchmark
{
    public string Name => "realtime-latency";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var events = RealtimeMeasure.IntArg(args, "--events", 1000);
        var directory = RealtimeHost.NewDataDirectory();
        try
        {
            await using (var host = new RealtimeHost(directory, new Dictionary<string, string?>()))
                output.WriteLine("in-process bus:      " + RealtimeMeasure.Percentiles(await RealtimeMeasure.LatenciesAsync(host, host, events)));
        }
        finally
        {
            RealtimeMeasure.DeleteQuietly(directory);
        }

        if (RedisProcess.Binary is null)
        {
            output.WriteLine("redis bus:           skipped (redis-server is not installed)");
            return;
        }
        using var redis = await RedisProcess.StartAsync();
        directory = RealtimeHost.NewDataDirectory();
        var settings = new Dictionary<string, string?>
        {
            ["Events:Provider"] = "Redis",
            ["Events:Redis:Configuration"] = $"127.0.0.1:{redis.Port}",
        };
        try
        {
            await using var a = new RealtimeHost(directory, settings);
            _ = a.WebSocketAddress; // seed before the second instance opens the same database
            await using var b = new RealtimeHost(directory, settings);
            _ = b.WebSocketAddress;
            foreach (var host in new[] { a, b })
            {
                var bus = (RedisEventBus)host.Services.GetRequiredService<IEventBus>();
                for (var i = 0; i < 200 && !bus.IsConnected; i++) await Task.Delay(50);
            }
            output.WriteLine("redis bus (A → B):   " + RealtimeMeasure.Percentiles(await RealtimeMeasure.LatenciesAsync(a, b, events)));
        }
        finally
        {
            RealtimeMeasure.DeleteQuietly(directory);
        }
    }
}
