using Knowledge.Cms.Churn;
using Knowledge.Cms.Common;

namespace Knowledge.Api.Hosting;

/// <summary>
/// Operator commands that run against the configured database and exit:
/// <c>dotnet run --project api -- import-usage usage.csv</c>.
/// </summary>
internal static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "import-usage";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("usage: import-usage <file.csv>  (columns: account,day,logins,activeSeats,featureEvents)");
            return 2;
        }
        await app.StartAsync(); // migrations and seeding, as for a normal start
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Viewer = Viewer.System;
            using var reader = new StreamReader(args[1]);
            var stored = await scope.ServiceProvider.GetRequiredService<UsageCsvImporter>().ImportAsync(reader, args[1], CancellationToken.None);
            Console.WriteLine($"Imported {stored} account-days from {args[1]}.");
            return 0;
        }
        catch (KnowledgeException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
