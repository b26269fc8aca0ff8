using System.Diagnostics;
using Knowledge.Cms.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Benchmarks.Realtime;

/// <summary>
/// Many concurrent subscribers on one instance: the server's memory with them connected and subscribed, and the
/// fan-out latency of one event to all of them. The clients run in a child process (<see cref="RealtimeClientsBenchmark"/>)
/// so the memory measured here is the server's. Options: --subscribers N (default 1000), --rounds N (default 20).
/// </summary>
internal sealed class RealtimeSubscribersBenchmark : IBenchmark
{
    public string Name => "realtime-subscribers";

    public async Task RunAsync(string[] args, TextWriter output)
    {
        var subscribers = RealtimeMeasure.IntArg(args, "--subscribers", 1000);
        var rounds = RealtimeMeasure.IntArg(args, "--rounds", 20);
        var directory = RealtimeHost.NewDataDirectory();
        try
        {
            await using var host = new RealtimeHost(directory, new Dictionary<string, string?>());
            var address = host.WebSocketAddress;
            var ticketId = await RealtimeMeasure.FirstTicketIdAsync(host.Services);
            var bus = host.Services.GetRequiredService<IEventBus>();
            // warm up the whole path (JIT, pools) with one subscriber so the baseline is comparable
            await using (var warm = await SubscriberSocket.OpenAsync(address, RealtimeHost.AdminKey, RealtimeMeasure.TicketSubscription))
            {
                await RealtimeMeasure.WaitForSubscribersAsync(host.Services, 1);
                for (var i = 0; i < 20; i++)
                {
                    var next = warm.NextAsync(CancellationToken.None);
                    await bus.PublishAsync(RealtimeMeasure.TicketEvent(ticketId), CancellationToken.None);
                    await next;
                }
            }
            await Task.Delay(500);
            var (managedBefore, workingSetBefore) = Memory();

            using var clients = StartClients(address, subscribers, rounds);
            var connecting = Stopwatch.StartNew();
            var ready = await clients.StandardOutput.ReadLineAsync();
            if (ready != "ready") throw new InvalidOperationException("client process: " + ready + await clients.StandardError.ReadToEndAsync());
            await RealtimeMeasure.WaitForSubscribersAsync(host.Services, subscribers);
            output.WriteLine($"{subscribers} subscribers connected and subscribed in {connecting.Elapsed.TotalSeconds:F1} s");
            await Task.Delay(1000);
            var (managedAfter, workingSetAfter) = Memory();
            output.WriteLine($"server managed heap: {managedBefore / 1048576.0:F1} → {managedAfter / 1048576.0:F1} MB " +
                             $"(+{(managedAfter - managedBefore) / 1024.0 / subscribers:F1} KB per subscriber)");
            output.WriteLine($"server working set:  {workingSetBefore / 1048576.0:F1} → {workingSetAfter / 1048576.0:F1} MB " +
                             $"(+{(workingSetAfter - workingSetBefore) / 1024.0 / subscribers:F1} KB per subscriber)");

            for (var round = 0; round < rounds; round++)
            {
                await clients.StandardInput.WriteLineAsync(Stopwatch.GetTimestamp().ToString());
                await clients.StandardInput.FlushAsync();
                await bus.PublishAsync(RealtimeMeasure.TicketEvent(ticketId), CancellationToken.None);
                output.WriteLine(await clients.StandardOutput.ReadLineAsync());
                await Task.Delay(200);
            }
            output.WriteLine(await clients.StandardOutput.ReadLineAsync()); // summary over all rounds
            await clients.WaitForExitAsync();
        }
        finally
        {
            RealtimeMeasure.DeleteQuietly(directory);
        }
    }

    private static (long Managed, long WorkingSet) Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return (GC.GetTotalMemory(forceFullCollection: true), Process.GetCurrentProcess().WorkingSet64);
    }

    private static Process StartClients(Uri address, int subscribers, int rounds)
    {
        var host = Environment.ProcessPath!;
        var info = new ProcessStartInfo(host) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") info.ArgumentList.Add(typeof(RealtimeSubscribersBenchmark).Assembly.Location);
        foreach (var arg in new[] { "realtime-clients", address.ToString(), RealtimeHost.AdminKey, subscribers.ToString(), rounds.ToString() })
            info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }
}
