using GraphQL;
using GraphQL.Builders;
using GraphQL.Instrumentation;
using GraphQL.Types;
using Knowledge.Cms.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Schema.Infrastructure;

/// <summary>
/// Per-field authorisation. Fields and types declare an <see cref="AccessLevel"/>; the middleware checks it before
/// any resolver runs, so a caller gets an error for that field and no data.
/// </summary>
public static class AccessRules
{
    private const string Key = "knowledge:access";

    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, AccessLevel level)
    {
        field.FieldType.Metadata[Key] = level;
        return field;
    }

    public static void Requires(this IProvideMetadata type, AccessLevel level) => type.Metadata[Key] = level;

    public static AccessLevel LevelOf(IProvideMetadata? element) =>
        element is not null && element.Metadata.TryGetValue(Key, out var value) && value is AccessLevel level ? level : AccessLevel.Public;

    public static Viewer Viewer(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ICurrentUser>().Viewer;

    public static bool Allows(this Viewer viewer, AccessLevel level) => level switch
    {
        AccessLevel.Authenticated => viewer.IsAuthenticated,
        AccessLevel.Staff => viewer.IsStaff,
        AccessLevel.Admin => viewer.IsAdmin,
        _ => true,
    };

    public static void Demand(Viewer viewer, AccessLevel level, string what)
    {
        if (viewer.Allows(level)) return;
        if (!viewer.IsAuthenticated)
            throw KnowledgeException.Unauthenticated($"{what} needs an API key: send 'Authorization: Bearer <key>'.");
        throw KnowledgeException.Forbidden($"{what} is not available to a {viewer.Kind.ToLowerInvariant()} key.");
    }
}

/// <summary>Runs <see cref="AccessRules"/> on every field.</summary>
public sealed class AccessFieldMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var level = (AccessLevel)Math.Max((int)AccessRules.LevelOf(context.FieldDefinition), (int)AccessRules.LevelOf(context.ParentType));
        if (level != AccessLevel.Public)
            AccessRules.Demand(context.Viewer(), level, $"'{context.ParentType.Name}.{context.FieldDefinition.Name}'");
        return next(context);
    }
}
