using Knowledge.Cms.Triage.Learning;

namespace Knowledge.Tests.Triage;

public sealed class TicketTextTests
{
    [Fact]
    public void Should_return_the_text_itself_when_it_is_short_prose()
    {
        const string text = "Forgot my password\nHow do I reset it?";
        Assert.Same(text, TicketText.Prepare(text, 1500));
    }

    [Fact]
    public void Should_drop_code_blocks_stack_frames_and_indented_code_when_preparing_a_ticket()
    {
        var text = string.Join('\n',
            "Sync fails every night",
            "The Salesforce sync stops with an error since Monday.",
            "   at Contoso.Sync.Worker.Step(SyncContext context) in /src/Worker.cs:line 42",
            "\tat com.contoso.sync.Job.run(Job.java:17)",
            "```json",
            "{ \"secretsetting\": true }",
            "```",
            "    var indentedcode = 1;",
            "It started at 9 am (after the update).");
        var prepared = TicketText.Prepare(text, 1500);
        Assert.Equal("Sync fails every night\nThe Salesforce sync stops with an error since Monday.\nIt started at 9 am (after the update).", prepared);
    }

    [Fact]
    public void Should_cap_the_text_and_stop_scanning_when_a_ticket_is_a_megabyte_long()
    {
        var text = "Export never finishes\n" + string.Concat(Enumerable.Repeat("The export of all projects hangs at 99 percent. ", 25_000));
        var prepared = TicketText.Prepare(text, 1500);
        Assert.Equal(1500, prepared.Length);
        Assert.StartsWith("Export never finishes\nThe export", prepared);
    }
}
