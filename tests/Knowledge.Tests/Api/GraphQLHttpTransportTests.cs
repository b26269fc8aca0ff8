using System.Net;
using System.Text;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Api;

[Collection(SeededCollection.Name)]
public sealed class GraphQLHttpTransportTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    [Fact]
    public async Task Should_answer_with_graphql_response_json_when_the_client_accepts_it()
    {
        var response = await app.Anonymous().PostAsync("{ viewer { kind } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal("ANONYMOUS", response.Data.GetProperty("viewer").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Should_answer_with_application_json_when_only_that_is_accepted()
    {
        var response = await app.Anonymous().PostAsync("{ viewer { kind } }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task Should_return_400_when_the_body_is_malformed_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json") };
        var response = await app.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("not valid JSON", response.Errors[0].GetProperty("message").GetString());
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Should_return_415_when_the_body_is_not_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("query { viewer { kind } }", Encoding.UTF8, "text/plain") };
        var response = await app.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Fact]
    public async Task Should_report_an_unknown_field_with_its_location_and_400_when_graphql_response_json()
    {
        var response = await app.Anonymous().PostAsync("{\n  viewer { kind nope }\n}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var error = Assert.Single(response.Errors);
        Assert.Contains("nope", error.GetProperty("message").GetString());
        var location = error.GetProperty("locations")[0];
        Assert.Equal(2, location.GetProperty("line").GetInt32());
        Assert.Equal(17, location.GetProperty("column").GetInt32());
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Should_report_an_invalid_document_with_200_when_application_json()
    {
        var response = await app.Anonymous().PostAsync("{ viewer { nope } }", accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotEmpty(response.Errors);
    }

    [Fact]
    public async Task Should_reject_a_variable_of_the_wrong_type()
    {
        var response = await app.Client().PostAsync("query($n: Int) { tickets(first: $n) { totalCount } }", new { n = "ten" });
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("$n", response.Errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Should_serve_queries_over_get()
    {
        var response = await app.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ viewer { kind } }")));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("ANONYMOUS", response.Data.GetProperty("viewer").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_mutation_over_get_with_405()
    {
        var query = Uri.EscapeDataString("mutation { revokeApiKey(input: { id: \"x\" }) { apiKey { name } } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + query);
        var admin = app.Client();
        var before = await app.WithDbAsync(db => Task.FromResult(db.ApiKeys.Count()));
        var response = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(before, await app.WithDbAsync(db => Task.FromResult(db.ApiKeys.Count())));
    }

    [Fact]
    public async Task Should_refuse_other_methods_with_405_and_an_allow_header()
    {
        using var client = app.CreateClient();
        using var response = await client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Should_return_406_when_no_supported_media_type_is_accepted()
    {
        var response = await app.Anonymous().PostAsync("{ viewer { kind } }", accept: "text/html");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task Should_reject_queries_deeper_than_the_limit()
    {
        var selection = "name";
        for (var i = 0; i < 10; i++) selection = $"subcategories {{ category {{ {selection} }} }}";
        var deep = $"{{ categories {{ {selection} }} }}";
        var response = await app.Anonymous().PostAsync(deep);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("depth", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_report_liveness_and_readiness()
    {
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var readiness = await ready.Content.ReadAsStringAsync();
        Assert.Contains("migrations applied", readiness);
        Assert.Contains("Lucene index open", readiness);
    }
}
