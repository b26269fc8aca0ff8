namespace Knowledge.Cms.Markdown;

/// <summary>Which link and image targets a rendered article may carry: http(s), mailto, and relative URLs.</summary>
internal static class UrlPolicy
{
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        // Browsers ignore whitespace and control characters inside schemes ("jav\tascript:").
        Span<char> buffer = stackalloc char[Math.Min(url.Length, 64)];
        var length = 0;
        foreach (var c in url)
        {
            if (length == buffer.Length) break;
            if (char.IsWhiteSpace(c) || char.IsControl(c)) continue;
            if (c is '/' or '?' or '#') break;
            buffer[length++] = char.ToLowerInvariant(c);
            if (c == ':') break;
        }
        var head = buffer[..length];
        var colon = head.IndexOf(':');
        if (colon < 0) return true; // relative
        var scheme = head[..colon];
        foreach (var allowed in Schemes)
            if (scheme.SequenceEqual(allowed)) return true;
        return false;
    }

    public static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase));
}
