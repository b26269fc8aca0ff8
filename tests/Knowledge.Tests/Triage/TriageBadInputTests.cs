using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Triage;

[Collection(SeededCollection.Name)]
public sealed class TriageBadInputTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public async Task Should_fail_with_validation_when_the_text_is_empty_or_whitespace(string text)
    {
        var create = await app.Client().PostAsync(TriageTestKit.CreateTicket, new { input = new { subject = "Help", body = text } });
        Assert.Equal("VALIDATION", create.FirstCode);
        Assert.Equal("input.body", create.FirstField);
        var classify = await app.Client().PostAsync("query($t: String!) { classifyText(input: { text: $t }) { confidence } }", new { t = text });
        Assert.Equal("VALIDATION", classify.FirstCode);
        Assert.Equal("input.text", classify.FirstField);
    }

    [Fact]
    public async Task Should_fail_with_validation_when_the_text_is_a_megabyte_long()
    {
        var huge = string.Concat(Enumerable.Repeat("The export is stuck again. ", 40_000));
        var create = await app.Client().PostAsync(TriageTestKit.CreateTicket, new { input = new { subject = "Long", body = huge } });
        Assert.Equal("VALIDATION", create.FirstCode);
        Assert.Equal("input.body", create.FirstField);
        var classify = await app.Client().PostAsync("query($t: String!) { classifyText(input: { text: $t }) { confidence } }", new { t = huge });
        Assert.Equal("VALIDATION", classify.FirstCode);
    }

    public static TheoryData<string> Unreadable => new()
    {
        new string(Enumerable.Range(0, 600).Select(i => (char)(i * 7919 % 0x2FF)).ToArray()),
        "😡😡😡 🔥🔥 💥💥💥 😭",
        "```\nSystem.NullReferenceException: Object reference not set\n   at Foo.Bar() in C:\\src\\Foo.cs:line 42\n```",
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Should_send_the_ticket_to_the_triage_queue_with_low_confidence_when_the_text_is_not_prose(string body)
    {
        await TriageTestKit.WaitForModelAsync(app);
        var ticket = await TriageTestKit.CreateAsync(app, new { subject = "???", body });
        var triage = ticket.GetProperty("triage");
        Assert.True(triage.GetProperty("queued").GetBoolean());
        Assert.True(triage.GetProperty("confidence").GetDouble() < 0.35);
        Assert.Equal("NEW", ticket.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ticket.GetProperty("team").ValueKind);
        Assert.Contains("triage-queue", ticket.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }
}
