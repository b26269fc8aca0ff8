using System.Text.Json;
using Knowledge.Cms.Jobs;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Triage;

/// <summary>Shared steps of the triage tests.</summary>
internal static class TriageTestKit
{
    public const string TicketFields = """
        id status priority language tags issueType { id name } team { id name } assignee { name languages seniority }
        messages { kind body authorName }
        triage { issueType { name } confidence queued severity emotion missingInformation { item question }
          secondaryIssueTypes { issueType { name } probability } priority priorityExplanation { factor effect detail }
          routingExplanation knowledgeMatch { slug locale score } autoReply explanation modelVersion shadow }
        escalations { reasons level }
        events { field oldValue newValue actorKind actorName reason }
        """;

    public static readonly string CreateTicket = $"mutation($input: CreateTicketInput!) {{ createTicket(input: $input) {{ ticket {{ {TicketFields} }} }} }}";

    /// <summary>Waits for the first issue-type model, which the app trains in the background after start, and its job's end.</summary>
    public static async Task WaitForModelAsync(KnowledgeApp app, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(180));
        while (DateTime.UtcNow < deadline)
        {
            var models = (await app.Client().QueryAsync("{ models(kind: ISSUE_TYPE) { status } }")).GetProperty("models");
            var busy = await app.WithDbAsync(db => db.Jobs.AnyAsync(j => j.Status == JobStatus.Queued || j.Status == JobStatus.Running));
            if (!busy && models.EnumerateArray().Any(m => m.GetProperty("status").GetString() == "ACTIVE")) return;
            var failed = await app.WithDbAsync(db => db.Jobs.Where(j => j.Status == JobStatus.Failed).Select(j => j.Error).FirstOrDefaultAsync());
            if (failed is not null) throw new InvalidOperationException("Triage training failed: " + failed);
            await Task.Delay(250);
        }
        throw new TimeoutException("No triage model became active in time.");
    }

    public static async Task<string> AccountIdAsync(KnowledgeApp app, string tier)
    {
        var nodes = (await app.Client().QueryAsync("{ accounts(first: 100) { nodes { id tier } } }")).GetProperty("accounts").GetProperty("nodes");
        return nodes.EnumerateArray().First(n => n.GetProperty("tier").GetString() == tier).GetProperty("id").GetString()!;
    }

    public static async Task<JsonElement> CreateAsync(KnowledgeApp app, object input) =>
        (await app.Client().QueryAsync(CreateTicket, new { input })).GetProperty("createTicket").GetProperty("ticket");

    public static async Task<JsonElement> WaitForJobAsync(KnowledgeApp app, string jobId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(180));
        while (true)
        {
            var job = (await app.Client().QueryAsync("query($id: ID!) { job(id: $id) { id status progress resultIds error } }", new { id = jobId })).GetProperty("job");
            var status = job.GetProperty("status").GetString();
            if (status is "SUCCEEDED" or "FAILED" or "CANCELLED") return job;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Job {jobId} still {status}.");
            await Task.Delay(250);
        }
    }
}
