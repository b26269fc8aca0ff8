using GraphQL;
using GraphQL.Execution;
using Knowledge.Cms.Common;
using Microsoft.Extensions.DependencyInjection;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Knowledge.Schema.Realtime;

/// <summary>
/// Resolves every subscription event in a fresh DI scope (a new DbContext; the subscribe request's scope is long
/// gone) whose current user is the socket's viewer, with the serial strategy the rest of the schema uses.
/// </summary>
public sealed class KnowledgeSubscriptionExecutionStrategy(IServiceScopeFactory scopes) : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override ExecutionContext CloneExecutionContext(ExecutionContext context, CancellationToken token)
    {
        var clone = base.CloneExecutionContext(context, token);
        clone.RequestServices = null; // never hold on to the disposed subscribe scope
        return clone;
    }

    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = CreateScope(context);
        return await base.ProcessDataAsync(context, node, value);
    }

    protected override async Task<ExecutionError> ProcessErrorAsync(ExecutionContext context, ExecutionNode node, Exception exception)
    {
        await using var scope = CreateScope(context);
        return await base.ProcessErrorAsync(context, node, exception);
    }

    private AsyncServiceScope CreateScope(ExecutionContext context)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Viewer = SubscriberContext.From(context.UserContext)?.Viewer ?? Viewer.Anonymous;
        context.RequestServices = scope.ServiceProvider;
        return scope;
    }
}
