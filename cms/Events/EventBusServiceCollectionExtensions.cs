using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Events;

public static class EventBusServiceCollectionExtensions
{
    /// <summary>The event bus chosen by <c>Events:Provider</c>: in-process (default) or Redis.</summary>
    public static IServiceCollection AddKnowledgeEventBus(this IServiceCollection services)
    {
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.Section)
            .Validate(o => o.Provider != EventBusProvider.Redis || !string.IsNullOrWhiteSpace(o.Redis.Configuration),
                "Events:Redis:Configuration is required when Events:Provider is Redis.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Redis.ChannelPrefix), "Events:Redis:ChannelPrefix must not be empty.")
            .ValidateOnStart();
        services.AddSingleton<InProcessEventBus>();
        services.AddSingleton<RedisEventBus>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<IOptions<EventsOptions>>().Value.Provider == EventBusProvider.Redis
            ? sp.GetRequiredService<RedisEventBus>()
            : sp.GetRequiredService<InProcessEventBus>());
        services.AddHostedService(sp => new RedisEventBusStarter(sp));
        return services;
    }

    /// <summary>Connects the Redis bus at start-up when it is the configured one (and never constructs it otherwise).</summary>
    private sealed class RedisEventBusStarter(IServiceProvider services) : IHostedService
    {
        private bool UsesRedis => services.GetRequiredService<IOptions<EventsOptions>>().Value.Provider == EventBusProvider.Redis;

        public Task StartAsync(CancellationToken cancellationToken) =>
            UsesRedis ? services.GetRequiredService<RedisEventBus>().StartAsync(cancellationToken) : Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
