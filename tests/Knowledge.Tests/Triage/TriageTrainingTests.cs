using Knowledge.Cms.Triage;
using Knowledge.Cms.Triage.Learning;
using Knowledge.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Triage;

[Collection(SeededCollection.Name)]
public sealed class TriageTrainingTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    public static TheoryData<string, string[]> Unusable => new()
    {
        { "no labelled examples", [] },
        { "at least two classes", ["password-reset", "password-reset", "password-reset"] },
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public async Task Should_fail_clearly_and_keep_the_current_model_when_the_label_set_is_empty_or_has_one_class(string message, string[] labels)
    {
        await TriageTestKit.WaitForModelAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var models = scope.ServiceProvider.GetRequiredService<TriageModels>();
        var before = models.Get(ModelKind.IssueType);
        var training = scope.ServiceProvider.GetRequiredService<TriageTrainingService>();
        var examples = labels.Select((l, i) => new LabelledText($"I forgot my password, attempt {i}", l)).ToList();

        var error = await Assert.ThrowsAsync<TrainingDataException>(() => training.TrainKindAsync(ModelKind.IssueType, examples, null, CancellationToken.None));

        Assert.Contains(message, error.Message);
        Assert.Same(before, models.Get(ModelKind.IssueType));
    }

    [Fact]
    public async Task Should_classify_tickets_in_all_six_demo_languages()
    {
        await TriageTestKit.WaitForModelAsync(app);
        var texts = new Dictionary<string, string>
        {
            ["en"] = "I forgot my password and cannot sign in, please send a reset link",
            ["de"] = "Ich habe mein Passwort vergessen und kann mich nicht anmelden",
            ["fr"] = "J'ai oublié mon mot de passe et je ne peux plus me connecter",
            ["es"] = "Olvidé mi contraseña, ¿cómo puedo restablecer la contraseña?",
            ["ja"] = "パスワードを忘れてしまい、ログインできません",
            ["zh"] = "我忘记了密码，无法登录",
        };
        foreach (var (language, text) in texts)
        {
            var result = (await app.Client().QueryAsync("query($t: String!) { classifyText(input: { text: $t }) { issueType { slug } language confidence } }", new { t = text }))
                .GetProperty("classifyText");
            Assert.Equal(language, result.GetProperty("language").GetString());
            Assert.True("password-reset" == result.GetProperty("issueType").GetProperty("slug").GetString(), $"{language}: {result}");
        }
    }
}
