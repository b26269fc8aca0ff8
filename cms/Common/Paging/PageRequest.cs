using System.Globalization;
using System.Text;

namespace Knowledge.Cms.Common.Paging;

/// <summary>
/// Relay-style page arguments. Cursors are opaque to clients; they encode a position in the ordered result
/// (see docs/decisions/ADR-0003-offset-cursors.md).
/// </summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Resolves the slice [start, end) of a result of <paramref name="total"/> rows.</summary>
    public (int Start, int End) Slice(int total)
    {
        if (First is < 0 or > MaxPageSize)
            throw KnowledgeException.Invalid("first", $"must be between 0 and {MaxPageSize} (got {First}).");
        if (Last is < 0 or > MaxPageSize)
            throw KnowledgeException.Invalid("last", $"must be between 0 and {MaxPageSize} (got {Last}).");
        var start = After is null ? 0 : DecodeCursor(After, "after") + 1;
        var end = Before is null ? total : DecodeCursor(Before, "before");
        start = Math.Clamp(start, 0, total);
        end = Math.Clamp(end, start, total);
        if (First is null && Last is null) end = Math.Min(end, start + DefaultPageSize);
        if (First is { } first) end = Math.Min(end, start + first);
        if (Last is { } last) start = Math.Max(start, end - last);
        return (start, end);
    }

    public static string EncodeCursor(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("o:" + offset.ToString(CultureInfo.InvariantCulture)));

    private static int DecodeCursor(string cursor, string field)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("o:", StringComparison.Ordinal) &&
                int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                return offset;
        }
        catch (FormatException)
        {
        }
        throw KnowledgeException.Invalid(field, "is not a cursor returned by this API.");
    }
}
