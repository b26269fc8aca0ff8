namespace Knowledge.Cms.Common.Paging;

/// <summary>One page of an ordered result, with the offset of its first row for cursors.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int StartOffset)
{
    public bool HasPreviousPage => StartOffset > 0;
    public bool HasNextPage => StartOffset + Items.Count < TotalCount;
    public string CursorAt(int index) => PageRequest.EncodeCursor(StartOffset + index);
}
