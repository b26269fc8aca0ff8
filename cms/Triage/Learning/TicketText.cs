using System.Text;

namespace Knowledge.Cms.Triage.Learning;

/// <summary>
/// The part of a ticket worth reading for its topic: the subject and the opening of the body, without fenced or
/// indented code blocks, stack-trace frames and log lines. Those carry identifiers rather than the topic, and on a
/// long ticket they would cost most of the featurisation time. Training and prediction both use it, so a model sees
/// the same kind of text it learnt from.
/// </summary>
public static class TicketText
{
    /// <summary>At most <paramref name="maxCharacters"/> characters; the text itself (no copy) when nothing had to go.</summary>
    public static string Prepare(string text, int maxCharacters)
    {
        if (text.Length <= maxCharacters && !MayHoldCode(text)) return text;
        var output = new StringBuilder(Math.Min(text.Length, maxCharacters));
        var fenced = false;
        var position = 0;
        // Skipped lines are scanned too, so stop somewhere: a megabyte of log must not cost a megabyte of scanning.
        var scanLimit = Math.Min(text.Length, maxCharacters * 8);
        while (position < scanLimit && output.Length < maxCharacters)
        {
            var end = text.IndexOf('\n', position, scanLimit - position);
            if (end < 0) end = scanLimit;
            var line = text.AsSpan(position, end - position).TrimEnd('\r');
            position = end + 1;
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                fenced = !fenced;
                continue;
            }
            if (fenced || IsCode(line, trimmed)) continue;
            if (output.Length > 0) output.Append('\n');
            output.Append(line[..Math.Min(line.Length, maxCharacters - output.Length)]);
        }
        return output.ToString();
    }

    private static bool MayHoldCode(string text) =>
        text.Contains("```", StringComparison.Ordinal) || text.Contains("~~~", StringComparison.Ordinal)
        || text.Contains("\n    ", StringComparison.Ordinal) || text.Contains("\n\t", StringComparison.Ordinal)
        || text.Contains(" at ", StringComparison.Ordinal) || text.Contains("Traceback", StringComparison.Ordinal);

    /// <summary>"Namespace.Type.Method(…) in …:line 12", "com.x.Y.m(Y.java:42)", "Object.&lt;anonymous&gt; (/app/x.js:1:2)".</summary>
    private static bool IsFrame(ReadOnlySpan<char> frame)
    {
        var space = frame.IndexOf(' ');
        var symbol = space < 0 ? frame : frame[..space];
        return symbol.IndexOfAny('.', '<') > 0 && (symbol.Contains('(') || frame.TrimEnd().EndsWith(")"));
    }

    /// <summary>Indented code, stack frames (.NET/Java "at X.Y(", Python "File \"…\", line"), exception headers.</summary>
    private static bool IsCode(ReadOnlySpan<char> line, ReadOnlySpan<char> trimmed)
    {
        if (trimmed.IsEmpty) return false;
        if (line.StartsWith("    ") || line.StartsWith("\t")) return true;
        if (trimmed.StartsWith("at ") && IsFrame(trimmed[3..])) return true;
        if (trimmed.StartsWith("File \"") && trimmed.Contains("line ", StringComparison.Ordinal)) return true;
        return trimmed.StartsWith("Traceback (") || trimmed.StartsWith("Caused by:") || trimmed.StartsWith("Exception in thread")
               || trimmed.StartsWith("--- End of ");
    }
}
