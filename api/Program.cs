using Knowledge.Api.Auth;
using Knowledge.Api.GraphQL;
using Knowledge.Api.GraphQL.WebSockets;
using Knowledge.Api.Hosting;
using Knowledge.Cms;
using Knowledge.Schema;

var builder = WebApplication.CreateBuilder(args);

// Domain, database, demo seed, API keys (cms) and the GraphQL schema (schema).
builder.Services.AddKnowledgeCms();
builder.Services.AddKnowledgeSchema();
builder.Services.AddKnowledgeHosting(builder.Configuration);
builder.Services.AddGraphQLWebSockets();

var app = builder.Build();

app.UseKnowledgeHosting();
// API keys matter only to GraphQL; health probes stay unauthenticated whatever header a probe sends.
app.UseWhen(http => http.Request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path), branch => branch.UseMiddleware<ApiKeyAuthenticationMiddleware>());

app.MapGraphQLHttp();
app.MapKnowledgeHealth();

if (CommandLine.IsCommand(args)) return await CommandLine.RunAsync(app, args);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
