namespace Knowledge.Cms.Common;

/// <summary>The stable error codes clients see in <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string Conflict = "CONFLICT";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string Unavailable = "UNAVAILABLE";
}
