using GraphQL;
using GraphQL.Types;
using Knowledge.Tests.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Tests.Schema;

[Collection(SeededCollection.Name)]
public sealed class SchemaContractTests(SeededAppFixture fixture)
{
    private readonly KnowledgeApp app = fixture.App;

    private string LiveSdl(bool descriptions = true)
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new GraphQL.Utilities.PrintOptions { IncludeDescriptions = descriptions }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    /// <summary>The printed SDL is checked in; regenerate with KNOWLEDGE_UPDATE_SCHEMA=1 dotnet test.</summary>
    [Fact]
    public void Should_match_the_checked_in_schema_file()
    {
        var path = RepositoryPaths.File("schema", "schema.graphql");
        var live = LiveSdl();
        if (Environment.GetEnvironmentVariable("KNOWLEDGE_UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, live);
        Assert.True(File.Exists(path), "schema/schema.graphql is missing; run KNOWLEDGE_UPDATE_SCHEMA=1 dotnet test");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), live);
    }

    [Fact]
    public void Should_keep_the_contract_names()
    {
        var sdl = LiveSdl(descriptions: false);
        foreach (var name in new[]
        {
            "node(id: ID!): Node", "nodes(ids: [ID!]!): [Node]!", "viewer: Viewer!", "teams: [Team!]!", "categories: [Category!]!",
            "ticket(id: ID!): Ticket", "article(slug: String!, locale: String!",
            "createTicket(input: CreateTicketInput!): CreateTicketPayload!", "addTicketMessage(input: AddTicketMessageInput!): AddTicketMessagePayload!",
            "updateTicket(input: UpdateTicketInput!): UpdateTicketPayload!", "createApiKey(input: CreateApiKeyInput!): CreateApiKeyPayload!",
            "revokeApiKey(input: RevokeApiKeyInput!): RevokeApiKeyPayload!",
            "createArticle(input: CreateArticleInput!): CreateArticlePayload!", "saveArticleDraft(input: SaveArticleDraftInput!): SaveArticleDraftPayload!",
            "publishArticle(input: PublishArticleInput!): PublishArticlePayload!", "rollbackArticle(input: RollbackArticleInput!): RollbackArticlePayload!",
            "rateArticle(input: RateArticleInput!): RateArticlePayload!", "reviewDue(first: Int, after: String): ReviewDueItemConnection!", "enum Priority", "ENTERPRISE", "AWAITING_CUSTOMER",
        })
            Assert.Contains(name, sdl);
    }

    [Fact]
    public void Should_describe_every_type_field_and_argument()
    {
        var schema = app.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
        }
        Assert.Empty(missing);
    }
}
