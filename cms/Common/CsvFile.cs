using System.Text;

namespace Knowledge.Cms.Common;

/// <summary>RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes.</summary>
public static class CsvFile
{
    public static (string[] Header, List<string[]> Rows) Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    public static (string[] Header, List<string[]> Rows) Read(TextReader reader, string name)
    {
        var records = new List<string[]>();
        var field = new StringBuilder();
        var record = new List<string>();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(field.ToString()); field.Clear();
                    records.Add([.. record]); record.Clear();
                    break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add([.. record]); }
        records.RemoveAll(r => r.Length == 1 && r[0].Length == 0);
        if (records.Count < 2) throw new FormatException($"'{name}' has no data rows.");
        var header = records[0];
        var rows = records.Skip(1).ToList();
        var bad = rows.FindIndex(r => r.Length != header.Length);
        if (bad >= 0) throw new FormatException($"'{name}' row {bad + 2} has {rows[bad].Length} fields; the header has {header.Length}.");
        return (header, rows);
    }
}
