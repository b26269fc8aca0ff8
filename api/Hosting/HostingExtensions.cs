using Microsoft.AspNetCore.HttpLogging;

namespace Knowledge.Api.Hosting;

/// <summary>Cross-cutting host concerns: request logging, error handling, static files, WebSockets.</summary>
internal static class HostingExtensions
{
    public static IServiceCollection AddKnowledgeHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        // Request logging never includes headers (API keys) or bodies (customer data).
        services.AddHttpLogging(o => o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration);
        _ = configuration;
        return services;
    }

    public static WebApplication UseKnowledgeHosting(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseHttpLogging();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        return app;
    }
}
