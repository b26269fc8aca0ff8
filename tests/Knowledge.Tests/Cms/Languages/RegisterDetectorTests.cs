using Knowledge.Cms.Languages;
using Knowledge.Cms.Translation;

namespace Knowledge.Tests.Cms.Languages;

public sealed class RegisterDetectorTests
{
    [Theory]
    [InlineData("de", "Guten Tag, können Sie mir bitte helfen? Ich kann mich nicht in Ihr Konto einloggen. Mit freundlichen Grüßen", RegisterFormality.Formal, "Sie")]
    [InlineData("de", "Hi, kannst du mir helfen? Dein Tool zeigt mir seit gestern einen Fehler an.", RegisterFormality.Informal, "du")]
    [InlineData("fr", "Bonjour, pourriez-vous vérifier mon compte ? Je vous remercie. Cordialement", RegisterFormality.Formal, "vous")]
    [InlineData("fr", "Salut, tu peux regarder mon compte ? Ton appli plante tout le temps.", RegisterFormality.Informal, "tu")]
    [InlineData("es", "Buenos días, ¿podría usted ayudarme con la factura? Atentamente", RegisterFormality.Formal, "usted")]
    [InlineData("es", "Hola, ¿tú puedes ayudarme? Te escribo porque tu aplicación falla.", RegisterFormality.Informal, "tú")]
    [InlineData("nl", "Geachte heer, kunt u mij helpen met uw factuur?", RegisterFormality.Formal, "u")]
    [InlineData("nl", "Hoi, kun jij even kijken naar jouw app? Je login werkt niet.", RegisterFormality.Informal, "je/jij")]
    [InlineData("pt", "Olá, você pode me ajudar? Não consigo entrar.", RegisterFormality.Neutral, "você")]
    [InlineData("pt", "Prezado senhor, o senhor poderia verificar a fatura? Atenciosamente", RegisterFormality.Formal, "o senhor / a senhora")]
    [InlineData("pt", "Olá, tu podes ver a tua conta? Não consigo entrar.", RegisterFormality.Informal, "tu")]
    [InlineData("it", "Buongiorno, potrebbe aiutarmi? La ringrazio per la Sua pazienza. Cordiali saluti", RegisterFormality.Formal, "Lei")]
    [InlineData("it", "Ciao, puoi aiutarmi? Il tuo programma non funziona.", RegisterFormality.Informal, "tu")]
    [InlineData("ru", "Здравствуйте, не могли бы вы проверить ваш сервис?", RegisterFormality.Formal, "вы")]
    [InlineData("ru", "Привет, можешь глянуть? Твой сервис не работает у меня.", RegisterFormality.Informal, "ты")]
    [InlineData("pl", "Szanowni Państwo, proszę o pomoc z fakturą.", RegisterFormality.Formal, "Pan/Pani")]
    [InlineData("zh", "您好，请您帮我看一下这个问题。", RegisterFormality.Formal, "您")]
    [InlineData("zh", "你好，你能帮我看看吗？", RegisterFormality.Informal, "你")]
    public void Should_read_the_address_form_when_the_text_shows_it(string language, string text, RegisterFormality formality, string level)
    {
        var register = RegisterDetector.Analyze(text, language);

        Assert.Equal(formality, register.Formality);
        Assert.Equal(level, register.Level);
        Assert.NotEmpty(register.Evidence);
    }

    [Theory]
    [InlineData("ログインできない。パスワードを変えたのにまだエラーが出る。どうすればいい？", RegisterFormality.Informal, "plain")]
    [InlineData("ログインできません。パスワードを変更しましたが、まだエラーが表示されます。", RegisterFormality.Neutral, "teineigo")]
    [InlineData("お世話になっております。ログインができない状況でございます。ご確認いただけますと幸いです。", RegisterFormality.Formal, "sonkeigo/kenjōgo")]
    public void Should_read_the_keigo_level_when_the_text_is_japanese(string text, RegisterFormality formality, string level)
    {
        var register = RegisterDetector.Analyze(text, "ja");

        Assert.Equal(formality, register.Formality);
        Assert.Equal(level, register.Level);
    }

    [Theory]
    [InlineData("로그인이 되지 않습니다. 확인 부탁드립니다.", RegisterFormality.Formal, "합니다체")]
    [InlineData("로그인이 안 돼요. 확인해 주세요.", RegisterFormality.Neutral, "해요체")]
    [InlineData("로그인이 안 돼. 빨리 고쳐 줘.", RegisterFormality.Informal, "반말")]
    public void Should_read_the_speech_level_when_the_text_is_korean(string text, RegisterFormality formality, string level)
    {
        var register = RegisterDetector.Analyze(text, "ko");

        Assert.Equal(formality, register.Formality);
        Assert.Equal(level, register.Level);
    }

    [Fact]
    public void Should_not_count_sie_at_the_start_of_a_sentence_when_it_may_mean_they()
    {
        var register = RegisterDetector.Analyze("Meine Kollegen haben das Problem auch. Sie können sich nicht anmelden.", "de");

        Assert.Equal(RegisterFormality.Unknown, register.Formality);
    }

    [Fact]
    public void Should_ignore_code_when_reading_the_register()
    {
        // "du" inside a shell command is not an address form.
        var register = RegisterDetector.Analyze("Können Sie das prüfen?\n\n```\ndu -sh /var/lib\n```", "de");

        Assert.Equal(RegisterFormality.Formal, register.Formality);
    }

    [Fact]
    public void Should_say_so_when_the_language_has_no_rules()
    {
        var register = RegisterDetector.Analyze("Salam", "fa");

        Assert.Equal(RegisterFormality.Unknown, register.Formality);
        Assert.Contains("No register rules", register.Note);
    }

    [Theory]
    [InlineData("de", "Kannst du mir helfen? Dein Export geht nicht.", Formality.Informal)]
    [InlineData("de", "Ich habe ein Problem mit dem Export.", Formality.Formal)]
    [InlineData("ja", "ログインできない。どうすればいい？", Formality.Formal)]
    [InlineData("ko", "로그인이 안 돼. 빨리 고쳐 줘.", Formality.Default)]
    public void Should_mirror_the_register_but_stay_polite_when_choosing_the_reply_register(string language, string customer, Formality expected)
    {
        var reply = ReplyRegister.For(RegisterDetector.Analyze(customer, language));

        Assert.Equal(expected, reply.Formality);
        Assert.False(string.IsNullOrWhiteSpace(reply.Instruction));
    }
}
