namespace Knowledge.Cms.Common;

/// <summary>Ascending or descending order.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}
