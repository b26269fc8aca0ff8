using System.Diagnostics;
using Knowledge.Cms.Data;
using Knowledge.Cms.Events;
using Knowledge.Cms.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Benchmarks.Realtime;

/// <summary>Shared pieces of the realtime benchmarks.</summary>
internal static class RealtimeMeasure
{
    public const string TicketSubscription = "subscription { ticketUpdated { id subject status } }";

    public static int IntArg(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    public static async Task<int> FirstTicketIdAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>().Tickets.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
    }

    public static DomainEvent TicketEvent(int ticketId) => new(TicketEvents.Updated, ticketId, new Dictionary<string, string>());

    public static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    public static string Percentiles(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
        return $"n={sorted.Length} p50={At(0.5):F2} ms p99={At(0.99):F2} ms max={sorted[^1]:F2} ms";
    }

    /// <summary>Event published on <paramref name="publisher"/>'s bus → a WebSocket subscriber on <paramref name="subscriberHost"/>, one at a time.</summary>
    public static async Task<List<double>> LatenciesAsync(RealtimeHost publisher, RealtimeHost subscriberHost, int events)
    {
        var ticketId = await FirstTicketIdAsync(publisher.Services);
        await using var subscriber = await SubscriberSocket.OpenAsync(subscriberHost.WebSocketAddress, RealtimeHost.AdminKey, TicketSubscription);
        await WaitForSubscribersAsync(subscriberHost.Services, 1);
        var bus = publisher.Services.GetRequiredService<IEventBus>();
        var latencies = new List<double>(events);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        for (var i = -50; i < events; i++) // 50 warm-up events
        {
            var receiving = subscriber.NextAsync(timeout.Token);
            var start = Stopwatch.GetTimestamp();
            await bus.PublishAsync(TicketEvent(ticketId), CancellationToken.None);
            var arrived = await receiving;
            if (i >= 0) latencies.Add(Milliseconds(arrived - start));
            await Task.Delay(2);
        }
        return latencies;
    }

    /// <summary>Subscriptions attach after the subscribe message is processed; publishing earlier would lose the event.</summary>
    public static async Task WaitForSubscribersAsync(IServiceProvider services, int count)
    {
        var bus = services.GetRequiredService<IEventBus>();
        int Current() => bus switch
        {
            RedisEventBus redis => redis.SubscriberCount(TicketEvents.Updated),
            InProcessEventBus local => local.SubscriberCount(TicketEvents.Updated),
            _ => count,
        };
        for (var i = 0; i < 3000 && Current() < count; i++) await Task.Delay(10);
        if (Current() < count) throw new InvalidOperationException($"only {Current()} of {count} subscriptions attached");
    }

    public static void DeleteQuietly(string directory)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS temp cleaner
        }
    }
}
