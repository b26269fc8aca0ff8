using GraphQL.Types;
using Knowledge.Cms.Common.Paging;

namespace Knowledge.Schema.Infrastructure;

/// <summary>Relay PageInfo, read from a page of any node type.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<IPageView>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where this page sits in the whole result (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More items follow this page.").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Items precede this page.").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item of the page, null when the page is empty.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item of the page; pass it as `after` for the next page.").Resolve(c => c.Source.EndCursor);
    }
}

/// <summary>The non-generic face of a page, for PageInfo.</summary>
public interface IPageView
{
    bool HasNextPage { get; }
    bool HasPreviousPage { get; }
    string? StartCursor { get; }
    string? EndCursor { get; }
    int TotalCount { get; }
}

/// <summary>Adapts a cms page to the connection types.</summary>
public sealed record PageView<T>(Page<T> Page) : IPageView
{
    public bool HasNextPage => Page.HasNextPage;
    public bool HasPreviousPage => Page.HasPreviousPage;
    public string? StartCursor => Page.Items.Count == 0 ? null : Page.CursorAt(0);
    public string? EndCursor => Page.Items.Count == 0 ? null : Page.CursorAt(Page.Items.Count - 1);
    public int TotalCount => Page.TotalCount;
    public IEnumerable<(string Cursor, T Node)> Edges => Page.Items.Select((item, i) => (Page.CursorAt(i), item));
}
