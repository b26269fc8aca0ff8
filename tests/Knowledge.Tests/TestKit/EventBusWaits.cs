using Knowledge.Cms.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.TestKit;

/// <summary>
/// Subscriptions attach asynchronously after the client's subscribe message (the protocol has no "subscribed"
/// reply), so a test that publishes right away could race it; these wait until the bus has the subscriber.
/// </summary>
public static class EventBusWaits
{
    public static int SubscriberCount(this KnowledgeApp app, string topic) => app.Services.GetRequiredService<IEventBus>() switch
    {
        RedisEventBus redis => redis.SubscriberCount(topic),
        InProcessEventBus local => local.SubscriberCount(topic),
        var other => throw new InvalidOperationException("unknown bus " + other.GetType()),
    };

    /// <summary>Runs <paramref name="subscribe"/> and waits until the bus has <paramref name="added"/> more subscribers of the topic.</summary>
    public static async Task SubscribedAsync(this KnowledgeApp app, string topic, Func<Task> subscribe, int added = 1)
    {
        // subscriptions of sockets closed by earlier tests detach asynchronously: let them go first
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (app.SubscriberCount(topic) > 0 && DateTime.UtcNow < deadline) await Task.Delay(10);
        var before = app.SubscriberCount(topic);
        await subscribe();
        deadline = DateTime.UtcNow.AddSeconds(15);
        while (app.SubscriberCount(topic) < before + added && DateTime.UtcNow < deadline) await Task.Delay(10);
        Assert.True(app.SubscriberCount(topic) >= before + added, $"no subscriber of {topic} attached");
    }
}
