using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class LanguageDetectionApiTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    private const string Detect = "query($text: String!) { detectLanguage(text: $text) { language confidence alternatives { language confidence } secondaryLanguage } }";
    private const string Create = "mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { language } } }";

    [Fact]
    public async Task Should_detect_the_language_for_an_anonymous_caller()
    {
        var data = await app.Anonymous().QueryAsync(Detect, new { text = "Ich kann die Rechnung vom letzten Monat nicht herunterladen." });

        var detection = data.GetProperty("detectLanguage");
        Assert.Equal("de", detection.GetProperty("language").GetString());
        Assert.InRange(detection.GetProperty("confidence").GetDouble(), 0.5, 1.0);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, detection.GetProperty("secondaryLanguage").ValueKind);
    }

    [Fact]
    public async Task Should_fail_with_validation_naming_the_argument_when_the_text_is_empty()
    {
        var response = await app.Anonymous().PostAsync(Detect, new { text = " " });

        Assert.Equal("VALIDATION", response.FirstCode);
        Assert.Equal("text", response.FirstField);
    }

    [Fact]
    public async Task Should_store_the_detected_language_when_a_ticket_is_created_without_one()
    {
        var data = await app.Client().QueryAsync(Create, new
        {
            input = new { subject = "Factura duplicada", body = "Hola, nos han cobrado dos veces la factura de este mes. ¿Pueden devolvernos el importe?" },
        });

        Assert.Equal("es", data.GetProperty("createTicket").GetProperty("ticket").GetProperty("language").GetString());
    }

    [Fact]
    public async Task Should_keep_the_given_language_when_a_ticket_is_created_with_one()
    {
        var data = await app.Client().QueryAsync(Create, new
        {
            input = new { subject = "Factura duplicada", body = "Hola, nos han cobrado dos veces la factura de este mes.", language = "pt-BR" },
        });

        Assert.Equal("pt", data.GetProperty("createTicket").GetProperty("ticket").GetProperty("language").GetString());
    }
}
