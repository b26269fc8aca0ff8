using System.Text;
using Knowledge.Cms.Triage.Learning;

namespace Knowledge.Evaluation;

/// <summary>Reads <c>text,label</c> CSV files (RFC 4180 quoting, header row).</summary>
internal static class LabelledCsv
{
    public static List<LabelledText> Read(string path)
    {
        var rows = Parse(File.ReadAllText(path)).ToList();
        if (rows.Count == 0) throw new EvaluationException($"'{path}' is empty.");
        var header = rows[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        var text = header.IndexOf("text");
        var label = header.IndexOf("label");
        if (text < 0 || label < 0) throw new EvaluationException($"'{path}' needs a header with 'text' and 'label' columns.");
        return rows.Skip(1).Where(r => r.Count > Math.Max(text, label) && r[label].Length > 0)
            .Select(r => new LabelledText(r[text], r[label])).ToList();
    }

    private static IEnumerable<List<string>> Parse(string content)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    row.Add(field.ToString()); field.Clear();
                    yield return row;
                    row = [];
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
