using GraphQL;
using GraphQL.Execution;
using Knowledge.Cms.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Knowledge.Schema.Infrastructure;

/// <summary>
/// The one place exceptions become GraphQL errors: domain errors keep their code and message; anything else is a bug,
/// logged with its stack and shown to the client only as INTERNAL.
/// </summary>
public static class ErrorMapping
{
    public const string InternalCode = "INTERNAL";

    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        if (context.OriginalException is KnowledgeException domain)
        {
            context.Exception = new KnowledgeExecutionError(domain);
            return Task.CompletedTask;
        }
        if (context.OriginalException is OperationCanceledException)
        {
            context.Exception = new ExecutionError("The request was cancelled.") { Code = "CANCELLED" };
            return Task.CompletedTask;
        }
        var logger = context.ExecutionOptions?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Knowledge.GraphQL");
        logger?.LogError(context.OriginalException, "Unhandled error resolving {Field}", context.FieldContext?.FieldDefinition.Name ?? "(document)");
        context.Exception = new ExecutionError("An internal error occurred; it has been logged.", context.OriginalException) { Code = InternalCode };
        return Task.CompletedTask;
    }
}
