using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Knowledge.Cms.Common.Paging;

namespace Knowledge.Schema.Infrastructure;

/// <summary>The Relay arguments first/after/last/before, declared and read the same way on every list.</summary>
public static class PagingArguments
{
    public static FieldBuilder<TSource, TReturn> PagingArgs<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, bool backward = true)
    {
        field.Argument<IntGraphType>("first", $"Items after `after`, at most {PageRequest.MaxPageSize} (default {PageRequest.DefaultPageSize}).");
        field.Argument<StringGraphType>("after", "Cursor to start after (from `pageInfo.endCursor`).");
        if (backward)
        {
            field.Argument<IntGraphType>("last", $"Items before `before`, at most {PageRequest.MaxPageSize}.");
            field.Argument<StringGraphType>("before", "Cursor to end before (from `pageInfo.startCursor`).");
        }
        return field;
    }

    public static PageRequest GetPageRequest(this IResolveFieldContext context) => new(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.HasArgument("last") ? context.GetArgument<int?>("last") : null,
        context.HasArgument("before") ? context.GetArgument<string?>("before") : null);
}
