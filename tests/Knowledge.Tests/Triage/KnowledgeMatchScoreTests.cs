using Knowledge.Cms.Triage.KnowledgeMatching;

namespace Knowledge.Tests.Triage;

public sealed class KnowledgeMatchScoreTests
{
    [Theory]
    [InlineData("Hi, I forgot my password and can't log in. How do I reset it?", 1.0)] // "forgot my password" → forgot, password
    [InlineData("Ich habe mein Passwort vergessen", 1.0)] // "Passwort vergessen"
    [InlineData("Resetting passwords for the whole team", 1.0)] // word forms: "Reset password"
    [InlineData("Where do I change my invoice address?", 0.0)]
    public void Should_measure_how_much_of_the_articles_question_the_ticket_asks_when_comparing_words(string ticket, double atLeast)
    {
        var phrases = new[] { "Reset password", "forgot my password", "Passwort vergessen" };
        var coverage = KnowledgeMatchScore.Coverage(KnowledgeMatchScore.Tokens(ticket), phrases);
        if (atLeast == 0) Assert.Equal(0, coverage);
        else Assert.True(coverage >= atLeast, $"coverage {coverage}");
    }

    [Fact]
    public void Should_count_half_of_a_title_when_the_ticket_holds_half_of_its_words()
    {
        var coverage = KnowledgeMatchScore.Coverage(KnowledgeMatchScore.Tokens("my dashboard is slow"), ["Speed up slow reports"]);
        Assert.Equal(1 / 3.0, coverage, 3); // speed, slow, reports: only "slow"
    }

    [Fact]
    public void Should_combine_coverage_lead_and_issue_type_link_when_scoring()
    {
        Assert.Equal(1.0, KnowledgeMatchScore.Combine(1, 1, linked: true));
        Assert.Equal(0.6, KnowledgeMatchScore.Combine(1, 0, linked: false));
        Assert.Equal(0.2, KnowledgeMatchScore.Combine(0, 0, linked: true));
        Assert.Equal(0.5, KnowledgeMatchScore.Lead(10, 5), 6);
        Assert.Equal(1.0, KnowledgeMatchScore.Lead(10, null));
        Assert.Equal(0.0, KnowledgeMatchScore.Lead(0, null));
    }
}
