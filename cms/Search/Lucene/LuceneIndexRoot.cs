using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Knowledge.Cms.Search.Lucene;

/// <summary>
/// The folder that holds the index generations and the <c>CURRENT</c> pointer naming the live one. The pointer is
/// replaced atomically (write then rename), so a crash leaves either the old or the new generation live, never none.
/// </summary>
internal sealed class LuceneIndexRoot(string path, ILogger logger)
{
    private const string PointerFile = "CURRENT";

    public string Path { get; } = path;

    /// <summary>A new generation's folder name; sortable by creation time.</summary>
    public static string NewGenerationName() => "g" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>The live generation's name (a fresh one on first use), after removing what a crashed rebuild left.</summary>
    public string OpenCurrentName()
    {
        Directory.CreateDirectory(Path);
        var pointer = System.IO.Path.Combine(Path, PointerFile);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        if (name.Length == 0)
        {
            name = NewGenerationName();
            PointTo(name);
        }
        foreach (var stale in Directory.GetDirectories(Path).Where(d => System.IO.Path.GetFileName(d) != name)) Delete(stale);
        return name;
    }

    public void PointTo(string name)
    {
        var pointer = System.IO.Path.Combine(Path, PointerFile);
        var temp = pointer + ".tmp";
        File.WriteAllText(temp, name);
        File.Move(temp, pointer, overwrite: true);
    }

    /// <summary>Removes a generation's folder; a failure (a reader still holding a file on Windows) is logged, not thrown.</summary>
    public void Delete(string generationPath)
    {
        try
        {
            Directory.Delete(generationPath, recursive: true);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not delete old index directory {Path}", generationPath);
        }
    }
}
