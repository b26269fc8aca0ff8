using GraphQL;
using GraphQL.Execution;

namespace Knowledge.Schema.Infrastructure;

/// <summary>Writes <c>extensions.code</c> (and <c>field</c> and details for domain errors); never a stack trace unless configured.</summary>
public sealed class KnowledgeErrorInfoProvider(bool exposeExceptionDetails) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = exposeExceptionDetails,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is KnowledgeExecutionError domain)
        {
            var extensions = info.Extensions ?? new Dictionary<string, object?>();
            if (domain.Field is not null) extensions["field"] = domain.Field;
            foreach (var (key, value) in domain.Details) extensions[key] = value;
            info.Extensions = extensions;
        }
        return info;
    }
}
