using Knowledge.Cms.Triage;
using Knowledge.Tests.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Tests.Triage;

[Collection(SeededCollection.Name)]
public sealed class TriageEscalationTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    [Theory]
    [InlineData("en", "If this is not fixed today our lawyer will take legal action.", "legal-threat")]
    [InlineData("de", "Wenn das nicht heute behoben ist, schalten wir unseren Anwalt ein.", "legal-threat")]
    [InlineData("fr", "Sans solution aujourd'hui, notre avocat lancera une action en justice.", "legal-threat")]
    [InlineData("es", "Si no se soluciona hoy, nuestro abogado tomará acciones legales.", "legal-threat")]
    [InlineData("ja", "本日中に解決しない場合、弁護士に相談します。", "legal-threat")]
    [InlineData("zh", "如果今天不解决，我们将请律师起诉。", "legal-threat")]
    [InlineData("de", "Wir werden den Vertrag kündigen, wenn das so weitergeht.", "cancellation-threat")]
    [InlineData("fr", "Nous allons signaler cela à la CNIL.", "regulator")]
    [InlineData("es", "Voy a escalar esto al director general.", "executive-involved")]
    public async Task Should_raise_an_escalation_reason_when_the_text_threatens_in_any_supported_language(string language, string text, string reason)
    {
        var result = (await app.Client().QueryAsync("query($t: String!, $l: String) { classifyText(input: { text: $t, language: $l }) { escalationReasons } }", new { t = text, l = language }))
            .GetProperty("classifyText");
        Assert.Contains(result.GetProperty("escalationReasons").EnumerateArray(), r => r.GetString()!.StartsWith(reason));
    }

    [Fact]
    public async Task Should_raise_priority_suggest_a_merge_and_escalate_when_an_account_reports_the_same_issue_three_times()
    {
        await TriageTestKit.WaitForModelAsync(app);
        var accountId = await TriageTestKit.AccountIdAsync(app, "GROWTH");
        var input = new { subject = "Webhooks not delivered", body = "Our webhook endpoint stopped receiving events from Lumen, deliveries show as failed with timeout.", accountId, language = "en" };
        var first = await TriageTestKit.CreateAsync(app, input);
        await TriageTestKit.CreateAsync(app, input);
        var third = await TriageTestKit.CreateAsync(app, input);

        var factors = third.GetProperty("triage").GetProperty("priorityExplanation").EnumerateArray().ToList();
        var repeat = Assert.Single(factors, f => f.GetProperty("factor").GetString() == "repeat");
        Assert.Contains("consider merging", repeat.GetProperty("detail").GetString());
        Assert.Contains(third.GetProperty("escalations").EnumerateArray().SelectMany(e => e.GetProperty("reasons").EnumerateArray()),
            r => r.GetString()!.StartsWith("repeated-issue"));
        Assert.DoesNotContain(first.GetProperty("escalations").EnumerateArray().SelectMany(e => e.GetProperty("reasons").EnumerateArray()),
            r => r.GetString()!.StartsWith("repeated-issue"));
    }
}
