using System.Text.Json;
using Knowledge.Cms.Sla;
using Knowledge.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Knowledge.Tests.Sla;

/// <summary>Shared steps of the SLA and notification tests.</summary>
internal static class SlaTestKit
{
    public const string TicketFields = "id status createdAt firstResponseDueAt sla { firstResponseWarnAt firstResponseDueAt resolutionWarnAt resolutionDueAt firstResponseWarnedAt firstResponseBreachedAt } escalations { id reasons level } events { field newValue reason }";

    /// <summary>The hosted scheduler; tests run a sweep after moving the clock instead of waiting for the next tick.</summary>
    internal static SlaScheduler Scheduler(KnowledgeApp app) => app.Services.GetServices<IHostedService>().OfType<SlaScheduler>().Single();

    public static async Task<JsonElement> CreateAsync(KnowledgeApp app, object input) =>
        (await app.Client().QueryAsync($"mutation($i: CreateTicketInput!) {{ createTicket(input: $i) {{ ticket {{ {TicketFields} }} }} }}", new { i = input }))
        .GetProperty("createTicket").GetProperty("ticket");

    public static async Task<JsonElement> TicketAsync(KnowledgeApp app, string id) =>
        (await app.Client().QueryAsync($"query($id: ID!) {{ ticket(id: $id) {{ {TicketFields} }} }}", new { id })).GetProperty("ticket");

    /// <summary>Moves the app's clock just past <paramref name="instant"/> (never backwards).</summary>
    public static void AdvancePast(KnowledgeApp app, DateTime instant)
    {
        var by = instant.ToUniversalTime() - app.Clock.UtcNow + TimeSpan.FromMinutes(1);
        if (by > TimeSpan.Zero) app.Clock.Advance(by);
    }

    public static IReadOnlyList<string> Reasons(JsonElement ticket, string prefix) =>
        ticket.GetProperty("escalations").EnumerateArray().SelectMany(e => e.GetProperty("reasons").EnumerateArray())
            .Select(r => r.GetString()!).Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
