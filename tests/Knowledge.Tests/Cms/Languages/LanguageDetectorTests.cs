using Knowledge.Cms.Common;
using Knowledge.Cms.Languages;

namespace Knowledge.Tests.Cms.Languages;

/// <summary>The shipped detector with its embedded profile, on sentences written for this test.</summary>
public sealed class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = new();

    [Theory]
    [InlineData("ar", "لا أستطيع تسجيل الدخول إلى حسابي منذ صباح اليوم، هل يمكنكم مساعدتي؟")]
    [InlineData("de", "Seit dem letzten Update kann ich mich nicht mehr in mein Konto einloggen.")]
    [InlineData("en", "I haven't been able to log in to my account since this morning, can you help me?")]
    [InlineData("es", "No puedo iniciar sesión en mi cuenta desde esta mañana, ¿pueden ayudarme?")]
    [InlineData("fr", "Je n'arrive plus à me connecter à mon compte depuis ce matin, pouvez-vous m'aider ?")]
    [InlineData("he", "אני לא מצליח להתחבר לחשבון שלי מאז הבוקר, תוכלו לעזור לי?")]
    [InlineData("it", "Da stamattina non riesco ad accedere al mio account, potete aiutarmi?")]
    [InlineData("ja", "今朝からアカウントにログインできません。助けていただけますか？")]
    [InlineData("ko", "오늘 아침부터 계정에 로그인할 수 없습니다. 도와주실 수 있나요?")]
    [InlineData("nl", "Sinds vanochtend kan ik niet meer inloggen op mijn account, kunnen jullie mij helpen?")]
    [InlineData("pl", "Od dzisiejszego ranka nie mogę zalogować się na moje konto, czy możecie mi pomóc?")]
    [InlineData("pt", "Não consigo entrar na minha conta desde hoje de manhã, vocês podem me ajudar?")]
    [InlineData("ru", "С сегодняшнего утра я не могу войти в свою учётную запись, помогите, пожалуйста.")]
    [InlineData("th", "ตั้งแต่เช้านี้ฉันไม่สามารถเข้าสู่ระบบบัญชีของฉันได้ ช่วยฉันหน่อยได้ไหม")]
    [InlineData("tr", "Bu sabahtan beri hesabıma giriş yapamıyorum, bana yardımcı olabilir misiniz?")]
    [InlineData("vi", "Từ sáng nay tôi không thể đăng nhập vào tài khoản của mình, bạn có thể giúp tôi không?")]
    [InlineData("zh", "从今天早上开始我就无法登录我的账户，你们能帮帮我吗？")]
    [InlineData("de", "Die Rechnung für März wurde unserer Kreditkarte zweimal belastet.")]
    [InlineData("en", "The invoice for March was charged twice to our credit card.")]
    [InlineData("es", "La factura de marzo se cargó dos veces a nuestra tarjeta de crédito.")]
    [InlineData("fr", "La facture de mars a été débitée deux fois sur notre carte de crédit.")]
    [InlineData("it", "La fattura di marzo è stata addebitata due volte sulla nostra carta di credito.")]
    [InlineData("nl", "De factuur van maart is twee keer van onze creditcard afgeschreven.")]
    [InlineData("pl", "Faktura za marzec została dwukrotnie pobrana z naszej karty kredytowej.")]
    [InlineData("pt", "A fatura de março foi cobrada duas vezes no nosso cartão de crédito.")]
    [InlineData("tr", "Mart ayı faturası kredi kartımızdan iki kez tahsil edildi.")]
    [InlineData("vi", "Hóa đơn tháng Ba đã bị trừ hai lần vào thẻ tín dụng của chúng tôi.")]
    [InlineData("zh", "我们的发票被重复扣款了")]
    public void Should_detect_the_language_when_given_a_typical_ticket_sentence(string expected, string text)
    {
        var detection = Detector.Detect(text);

        Assert.Equal(expected, detection.Language);
        Assert.InRange(detection.Confidence, 0.5, 1.0);
        Assert.Null(detection.SecondaryLanguage);
    }

    [Fact]
    public void Should_rank_alternatives_below_the_main_language_when_the_text_is_ambiguous()
    {
        var detection = Detector.Detect("banana");

        Assert.NotEmpty(detection.Alternatives);
        Assert.All(detection.Alternatives, a => Assert.True(a.Confidence <= detection.Confidence));
        Assert.Equal(detection.Alternatives.OrderByDescending(a => a.Confidence).Select(a => a.Language), detection.Alternatives.Select(a => a.Language));
        Assert.InRange(detection.Confidence + detection.Alternatives.Sum(a => a.Confidence), 0.0, 1.0 + 1e-9);
    }

    [Fact]
    public void Should_report_german_with_english_secondary_when_a_german_ticket_quotes_an_english_stack_trace()
    {
        const string ticket = """
            Hallo zusammen,

            seit dem Update auf Version 4.2 stürzt der Export jedes Mal ab, wenn ich eine Rechnung als PDF speichern möchte.
            Können Sie sich das bitte ansehen? Hier ist die Fehlermeldung:

            System.NullReferenceException: Object reference not set to an instance of an object.
               at Knowledge.Export.PdfWriter.Render(Invoice invoice) in C:\build\src\Export\PdfWriter.cs:line 42
               at Knowledge.Export.ExportJob.RunAsync(CancellationToken token)
               at System.Threading.Tasks.Task.ExecuteWithThreadLocal(Task& currentTaskSlot)

            Vielen Dank und viele Grüße
            Anna
            """;

        var detection = Detector.Detect(ticket);

        Assert.Equal("de", detection.Language);
        Assert.Equal("en", detection.SecondaryLanguage);
    }

    [Fact]
    public void Should_report_the_language_of_a_short_line_as_secondary_when_the_rest_is_in_another_language()
    {
        var detection = Detector.Detect("Ich habe ein Problem.\nThe server returned an unexpected error and the export stopped working completely.");

        Assert.Equal("en", detection.Language);
        Assert.Equal("de", detection.SecondaryLanguage);
        Assert.InRange(detection.Confidence, 0.6, 0.95); // a mixed text is not one language with certainty
    }

    [Fact]
    public void Should_ignore_code_urls_and_addresses_when_they_surround_a_short_german_text()
    {
        const string ticket = """
            Beim Aufruf von `getUserSettings()` bekomme ich immer einen Fehler, siehe https://status.example.com/incidents/12345/details.
            Bitte antworten Sie an max.mustermann@example.de, die Konfiguration liegt unter /etc/knowledge/appsettings.json.

            ```json
            { "timeout": 30, "retry": true, "endpoint": "https://api.example.com/v1/users", "comment": "please retry the request later" }
            ```

                var settings = client.GetUserSettings(userId);
                settings.Save(); // save the settings and return the updated user profile to the caller

            2026-11-24 08:15:02 ERROR Request failed because the remote server returned an unexpected response
            """;

        var detection = Detector.Detect(ticket);

        Assert.Equal("de", detection.Language);
        Assert.Null(detection.SecondaryLanguage);
    }

    [Theory]
    [InlineData("see https://www.example.com/path/to/page?x=1 now", "example")]
    [InlineData("mail jane.doe@example.org today", "jane")]
    [InlineData("use `Console.WriteLine(value)` here", "Console")]
    [InlineData("open C:\\Users\\anna\\Documents\\report.docx please", "Users")]
    [InlineData("the file /var/log/nginx/error.log grows", "nginx")]
    [InlineData("call getUserSettings or user_settings", "Settings")]
    public void Should_strip_non_language_tokens_when_cleaning_text(string text, string removed)
    {
        var cleaned = DetectableText.Clean(text);

        Assert.DoesNotContain(removed, cleaned, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("ja", "Microsoft Outlookが起動しません")]
    [InlineData("ja", "iPhoneアプリがバージョン2.5で起動しません")]
    [InlineData("zh", "升级到3.5版本后iPhone应用无法启动")]
    [InlineData("ko", "iPhone에서 앱이 실행되지 않습니다")]
    public void Should_keep_the_sentence_language_when_it_names_a_latin_product(string expected, string text)
    {
        Assert.Equal(expected, Detector.Detect(text).Language);
    }

    [Fact]
    public void Should_stay_fast_when_the_input_is_built_to_make_patterns_backtrack()
    {
        string[] hostile = ["x/y " + string.Concat(Enumerable.Repeat("a.", 5_000)), "aB " + new string('a', 10_000),
            "@ " + new string('a', 10_000), "<a" + string.Concat(Enumerable.Repeat(" <a", 3_000)), string.Concat(Enumerable.Repeat("```\n", 2_500))];
        Detector.Detect("warm up");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var text in hostile) Detector.Detect(text);
        Assert.True(watch.ElapsedMilliseconds < 500, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Should_be_undetermined_when_only_code_remains()
    {
        var detection = Detector.Detect("```\nvar x = foo.Bar(1);\n```\nhttps://example.com/a/b");

        Assert.False(detection.IsDetermined);
        Assert.Equal(0, detection.Confidence);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Should_fail_with_validation_naming_the_field_when_the_text_is_empty(string? text)
    {
        var error = Assert.Throws<KnowledgeException>(() => Detector.DetectInput(text, "text"));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal("text", error.Field);
    }

    [Fact]
    public void Should_fail_with_validation_when_the_text_is_over_the_cap()
    {
        var error = Assert.Throws<KnowledgeException>(() => Detector.DetectInput(new string('a', LanguageDetector.MaxInputLength + 1), "text"));

        Assert.Equal(ErrorCodes.Validation, error.Code);
    }
}
