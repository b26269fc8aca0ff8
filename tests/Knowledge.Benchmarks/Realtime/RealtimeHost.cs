extern alias api;

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Benchmarks.Realtime;

/// <summary>The api on a real 127.0.0.1 port with the demo data in a temporary directory.</summary>
internal sealed class RealtimeHost : WebApplicationFactory<api::Program>
{
    public const string AdminKey = "benchmark-admin-key-0123456789abcdef";
    private readonly IReadOnlyDictionary<string, string?> settings;

    public RealtimeHost(string dataDirectory, IReadOnlyDictionary<string, string?> settings)
    {
        // The factory finds the api's content root through this (the test project gets it from a build manifest).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGE_API", ApiDirectory());
        DataDirectory = dataDirectory;
        this.settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        // Start now: touching Services before StartServer would build a second, port-less host with its own bus.
        StartServer();
        var http = new Uri(base.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        WebSocketAddress = new UriBuilder(http) { Scheme = "ws", Path = "/graphql" }.Uri;
    }

    public string DataDirectory { get; }

    public Uri WebSocketAddress { get; }

    private static string ApiDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Knowledge.sln"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Knowledge.sln not found"), "api");
    }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "knowledge-benchmarks", Guid.NewGuid().ToString("n"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Logging:LogLevel:Default", Environment.GetEnvironmentVariable("KNOWLEDGE_BENCH_LOG") ?? "Warning");
        builder.UseSetting("Subscriptions:KeepAliveInterval", "00:00:00");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
