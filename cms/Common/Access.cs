namespace Knowledge.Cms.Common;

/// <summary>Role checks services make before they read or write; the schema checks fields first, these are the backstop.</summary>
public static class Access
{
    public static void RequireAuthenticated(this ICurrentUser user)
    {
        if (!user.Viewer.IsAuthenticated)
            throw KnowledgeException.Unauthenticated("This operation needs an API key: send 'Authorization: Bearer <key>'.");
    }

    public static void RequireStaff(this ICurrentUser user)
    {
        user.RequireAuthenticated();
        if (!user.Viewer.IsStaff)
            throw KnowledgeException.Forbidden("Only agents and admins may do this.");
    }

    public static void RequireAdmin(this ICurrentUser user)
    {
        user.RequireAuthenticated();
        if (!user.Viewer.IsAdmin)
            throw KnowledgeException.Forbidden("Only admins may do this.");
    }
}
