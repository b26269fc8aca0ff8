using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Cms.Common;

/// <summary>
/// Services that take the internal DbContext have internal constructors (a public one could not name an internal
/// type), which the container does not see; this registers them through their single non-public constructor.
/// </summary>
internal static class ServiceCollectionInternals
{
    public static IServiceCollection AddInternal<T>(this IServiceCollection services, ServiceLifetime lifetime = ServiceLifetime.Scoped)
        where T : class
    {
        var constructor = typeof(T).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters();
        services.Add(new ServiceDescriptor(typeof(T), sp =>
        {
            var args = new object[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
                args[i] = sp.GetRequiredService(parameters[i].ParameterType);
            return constructor.Invoke(args);
        }, lifetime));
        return services;
    }
}
