using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using Knowledge.Cms.Common.Paging;
using Knowledge.Schema.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Knowledge.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL schema and its executer: serial execution for queries (one scoped DbContext is not thread-safe),
    /// per-field access rules, depth and cost limits, and the one error mapping.
    /// </summary>
    public static IServiceCollection AddKnowledgeSchema(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section)
            .Validate(o => o.MaxDepth is > 0 and <= 100 && o.MaxComplexity > 0, "GraphQL:MaxDepth must be 1–100 and GraphQL:MaxComplexity positive.")
            .ValidateOnStart();
        services.AddOptions<Realtime.SubscriptionOptions>().BindConfiguration(Realtime.SubscriptionOptions.Section)
            .Validate(o => o.ConnectionInitTimeout > TimeSpan.Zero && o.KeepAliveInterval >= TimeSpan.Zero && o.SendBufferSize > 0
                           && o.EventBufferSize > 0 && o.MaxMessageBytes >= 1024 && o.MaxOperationsPerSocket > 0,
                "Subscriptions: timeouts and buffer sizes must be positive, MaxMessageBytes at least 1024.")
            .ValidateOnStart();
        services.AddScoped<BatchLoaders>();
        services.AddGraphQL(builder => builder
            .AddSchema<KnowledgeSchema>()
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(KnowledgeSchema).Assembly)
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy<Realtime.KnowledgeSubscriptionExecutionStrategy>(OperationType.Subscription)
            .UseMiddleware<AccessFieldMiddleware>()
            .AddUnhandledExceptionHandler(ErrorMapping.HandleAsync)
            .AddComplexityAnalyzer((complexity, sp) =>
            {
                var options = sp.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                complexity.MaxDepth = options.MaxDepth;
                complexity.MaxComplexity = options.MaxComplexity;
                // Page sizes above the maximum are refused by the resolver with a VALIDATION error naming the
                // argument; for the cost estimate they count as the maximum so that error is what the client sees.
                var estimate = complexity.DefaultComplexityImpactDelegate;
                complexity.DefaultComplexityImpactDelegate = context =>
                {
                    var result = estimate(context);
                    return new FieldComplexityResult(result.FieldImpact, Math.Min(result.ChildImpactMultiplier, PageRequest.MaxPageSize));
                };
            }));
        services.AddSingleton<IErrorInfoProvider>(sp =>
            new KnowledgeErrorInfoProvider(sp.GetRequiredService<IOptions<GraphQLOptions>>().Value.ExposeExceptionDetails));
        return services;
    }
}
