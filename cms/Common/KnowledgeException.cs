namespace Knowledge.Cms.Common;

/// <summary>
/// The one exception family of the domain. The schema layer maps it once to a GraphQL error with
/// <c>extensions.code</c>; any other exception is treated as a bug and masked.
/// </summary>
public class KnowledgeException(string code, string message, string? field = null) : Exception(message)
{
    /// <summary>One of <see cref="ErrorCodes"/>.</summary>
    public string Code { get; } = code;

    /// <summary>The input field at fault, as the client named it (e.g. <c>input.subject</c>), when there is one.</summary>
    public string? Field { get; } = field;

    /// <summary>Extra machine-readable facts (e.g. the current revision on a conflict).</summary>
    public IDictionary<string, object?> Details { get; } = new Dictionary<string, object?>();

    public static KnowledgeException NotFound(string what, string id) =>
        new(ErrorCodes.NotFound, $"{what} '{id}' was not found.");

    public static KnowledgeException Invalid(string field, string problem) =>
        new(ErrorCodes.Validation, $"{field}: {problem}", field);

    public static KnowledgeException Conflict(string message) => new(ErrorCodes.Conflict, message);

    public static KnowledgeException Forbidden(string message) => new(ErrorCodes.Forbidden, message);

    public static KnowledgeException Unauthenticated(string message) => new(ErrorCodes.Unauthenticated, message);

    public static KnowledgeException Unavailable(string message) => new(ErrorCodes.Unavailable, message);

    public static KnowledgeException LimitExceeded(string message) => new(ErrorCodes.LimitExceeded, message);
}
