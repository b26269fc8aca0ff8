using System.Text.Json;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Triage;

/// <summary>
/// Learning from corrections, in shadow mode, on an app of its own (it retrains and switches modes, which would
/// disturb the shared fixture). Tickets speak of a product the demo data never mentions ("Kalvora boards"), so
/// before the corrections triage cannot know they are layout problems.
/// </summary>
public sealed class TriageLearningTests : IDisposable
{
    private static readonly string[] Training =
    [
        "The Kalvora board tiles overlap each other after the quorn refresh",
        "Kalvora tiles are squashed into one column on the board",
        "On my Kalvora board the tile borders are shifted to the right",
        "Kalvora board: tiles render on top of the sidebar since yesterday",
        "the kalvora tiles look misaligned and cut off at the edge",
        "Kalvora board tiles jump around and overlap when I scroll",
        "Tiles on the Kalvora board are stretched and overlapping",
        "Kalvora tile headers are cut in half on the board view",
        "Our Kalvora board shows tiles stacked over each other",
        "The Kalvora board layout is broken, tiles overlap the header",
        "Kalvora tiles misaligned again after the quorn refresh",
        "Kalvora board tiles are drawn outside their columns",
    ];

    private static readonly string[] HeldOut =
    [
        "Kalvora board tiles overlap after every quorn refresh",
        "The tiles on our Kalvora board are misaligned and overlapping",
        "Kalvora tiles cut off and stacked on the board",
        "my kalvora board tiles are shifted and overlap",
    ];

    private readonly KnowledgeApp app = new(settings: new Dictionary<string, string?>
    {
        ["Triage:Mode"] = "Shadow",
        ["Triage:ActivationMinimumReviewed"] = "14",
        ["Triage:ActivationAccuracy"] = "0.1",
    });

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Should_learn_from_corrections_and_leave_shadow_mode_when_accuracy_passes_the_threshold()
    {
        await TriageTestKit.WaitForModelAsync(app);
        var layout = await IssueTypeIdAsync("broken-layout");
        var before = await AccuracyAsync(layout);

        // Shadow mode: triage records its decision but leaves the ticket alone.
        var ids = new List<string>();
        foreach (var text in Training)
        {
            var ticket = await TriageTestKit.CreateAsync(app, new { subject = "Kalvora board", body = text, language = "en" });
            Assert.True(ticket.GetProperty("triage").GetProperty("shadow").GetBoolean());
            Assert.Equal(JsonValueKind.Null, ticket.GetProperty("team").ValueKind);
            Assert.Equal("NEW", ticket.GetProperty("status").GetString());
            ids.Add(ticket.GetProperty("id").GetString()!);
        }
        foreach (var id in ids)
            await app.Client().QueryAsync("mutation($i: CorrectTicketTriageInput!) { correctTicketTriage(input: $i) { ticket { id } } }",
                new { i = new { ticketId = id, issueTypeId = layout, reason = "Kalvora boards are a layout problem" } });
        var stats = await StatsAsync();
        Assert.Equal("SHADOW", stats.GetProperty("mode").GetString());
        Assert.Equal(12, stats.GetProperty("corrected").GetInt32());

        var job = (await app.Client().QueryAsync("mutation { trainTriageModel { job { id status } } }")).GetProperty("trainTriageModel").GetProperty("job");
        var done = await TriageTestKit.WaitForJobAsync(app, job.GetProperty("id").GetString()!);
        Assert.Equal("SUCCEEDED", done.GetProperty("status").GetString());
        var models = (await app.Client().QueryAsync("{ models(kind: ISSUE_TYPE) { number status accuracy macroF1 perClass { label f1 } } }")).GetProperty("models");
        Assert.Equal("ACTIVE", models[0].GetProperty("status").GetString());
        Assert.Equal(2, models[0].GetProperty("number").GetInt32());

        var after = await AccuracyAsync(layout);
        Assert.True(after > before, $"accuracy on held-out Kalvora tickets: before {before:P0}, after {after:P0}");
        Assert.True(after >= 0.75, $"after retraining only {after:P0}");

        // Two agents confirm triage's (now right) decisions: accuracy 2/14 passes the test's 10% threshold.
        foreach (var text in HeldOut.Take(2))
        {
            var ticket = await TriageTestKit.CreateAsync(app, new { subject = "Kalvora board", body = text, language = "en" });
            await app.Client().QueryAsync("mutation($i: CorrectTicketTriageInput!) { correctTicketTriage(input: $i) { ticket { id } } }",
                new { i = new { ticketId = ticket.GetProperty("id").GetString(), issueTypeId = layout } });
        }
        Assert.Equal("ACTIVE", (await StatsAsync()).GetProperty("mode").GetString());
        var applied = await TriageTestKit.CreateAsync(app, new { subject = "Kalvora board", body = HeldOut[3], language = "en" });
        Assert.False(applied.GetProperty("triage").GetProperty("shadow").GetBoolean());
        Assert.Equal("Broken or misaligned layout", applied.GetProperty("issueType").GetProperty("name").GetString());
    }

    private async Task<JsonElement> StatsAsync() =>
        (await app.Client().QueryAsync("{ triageStats { triaged reviewed corrected accuracy misrouteRate mode daily { day triaged } } }")).GetProperty("triageStats");

    private async Task<double> AccuracyAsync(string issueTypeId)
    {
        var right = 0;
        foreach (var text in HeldOut)
        {
            var result = (await app.Client().QueryAsync("query($t: String!) { classifyText(input: { text: $t, language: \"en\" }) { issueType { id } } }", new { t = text }))
                .GetProperty("classifyText");
            if (result.GetProperty("issueType").ValueKind == JsonValueKind.Object && result.GetProperty("issueType").GetProperty("id").GetString() == issueTypeId) right++;
        }
        return right / (double)HeldOut.Length;
    }

    private async Task<string> IssueTypeIdAsync(string slug)
    {
        var categories = (await app.Client().QueryAsync("{ categories { subcategories { issueTypes { id slug } } } }")).GetProperty("categories");
        return categories.EnumerateArray().SelectMany(c => c.GetProperty("subcategories").EnumerateArray())
            .SelectMany(s => s.GetProperty("issueTypes").EnumerateArray()).First(i => i.GetProperty("slug").GetString() == slug).GetProperty("id").GetString()!;
    }
}
