using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Knowledge.Benchmarks;

/// <summary>The real api on a loopback Kestrel port with a fresh data directory and the demo seed.</summary>
internal sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    public const string AdminKey = "benchmark-admin-key-0123456789";
    private readonly string directory = Path.Combine(Path.GetTempPath(), "knowledge-bench", Guid.NewGuid().ToString("n"));

    public BenchmarkHost()
    {
        // WebApplicationFactory looks for the api's content root through this variable outside test projects.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Knowledge.sln"))) root = root.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGE_API", Path.Combine(root!.FullName, "api"));
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:DataDirectory", directory);
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // appsettings.json names the request log's category explicitly, which outranks the minimum level.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging", "Warning");
    }

    public Uri Address
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1"));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, true); } catch (IOException) { }
    }
}
