using GraphQL;
using Knowledge.Cms.Common;

namespace Knowledge.Schema.Infrastructure;

/// <summary>A domain error as GraphQL reports it: message, <c>extensions.code</c> and the field at fault.</summary>
public sealed class KnowledgeExecutionError : ExecutionError
{
    public KnowledgeExecutionError(KnowledgeException exception) : base(exception.Message, exception)
    {
        Code = exception.Code;
        Field = exception.Field;
        Details = exception.Details;
    }

    public string? Field { get; }

    public IDictionary<string, object?> Details { get; }
}
