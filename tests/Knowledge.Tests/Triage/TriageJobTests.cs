using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Triage;

/// <summary>The training job on an empty help desk (no demo seed, so no labels at all).</summary>
public sealed class TriageJobTests : IDisposable
{
    private readonly KnowledgeApp app = new(seedDemo: false);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Should_fail_the_training_job_with_a_clear_error_and_keep_no_model_when_there_are_no_labels()
    {
        var job = (await app.Client().QueryAsync("mutation { trainTriageModel { job { id status progress } } }")).GetProperty("trainTriageModel").GetProperty("job");
        Assert.Contains(job.GetProperty("status").GetString(), new[] { "QUEUED", "RUNNING" });

        var done = await TriageTestKit.WaitForJobAsync(app, job.GetProperty("id").GetString()!, TimeSpan.FromSeconds(60));

        Assert.Equal("FAILED", done.GetProperty("status").GetString());
        Assert.Contains("no labelled examples", done.GetProperty("error").GetString());
        Assert.Empty((await app.Client().QueryAsync("{ models { id } }")).GetProperty("models").EnumerateArray());
        Assert.Equal(0, await app.WithDbAsync(db => db.ModelVersions.CountAsync()));
    }

    [Fact]
    public async Task Should_send_tickets_to_the_triage_queue_and_save_nothing_on_a_dry_run_when_no_model_exists()
    {
        var before = await app.WithDbAsync(db => db.Tickets.CountAsync());
        var dry = (await app.Client().QueryAsync("{ classifyText(input: { text: \"Our invoice shows the wrong amount\" }) { queued modelVersion explanation } }"))
            .GetProperty("classifyText");
        Assert.True(dry.GetProperty("queued").GetBoolean());
        Assert.Equal("none", dry.GetProperty("modelVersion").GetString());
        Assert.Contains("No triage model", dry.GetProperty("explanation").GetString());
        Assert.Equal(before, await app.WithDbAsync(db => db.Tickets.CountAsync()));
        var unknown = await app.Client().QueryAsync("query($id: ID!) { job(id: $id) { id } }", new { id = Knowledge.Schema.Infrastructure.GlobalId.Encode("Job", 424242) });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.GetProperty("job").ValueKind);
    }
}
