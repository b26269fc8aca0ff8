using System.Text.Json;
using Knowledge.Cms.Data;

namespace Knowledge.Cms.Churn;

/// <summary>The current churn model on disk (data directory/models/churn), loaded once and swapped on training.</summary>
public sealed class ChurnModelStore(DataDirectory data)
{
    private readonly Lock gate = new();
    private TabularModel? current;
    private bool loaded;

    public string Directory => Path.Combine(data.Path, "models", "churn");

    public TabularModel? Current
    {
        get
        {
            lock (gate)
            {
                if (loaded) return current;
                loaded = true;
                var path = Path.Combine(Directory, "current");
                current = File.Exists(Path.Combine(path, "schema.json")) ? TabularModel.Load(path) : null;
                return current;
            }
        }
    }

    /// <summary>Metrics of the current model, when one was trained.</summary>
    public ChurnModelInfo? Info =>
        File.Exists(Path.Combine(Directory, "current", "info.json"))
            ? JsonSerializer.Deserialize<ChurnModelInfo>(File.ReadAllText(Path.Combine(Directory, "current", "info.json")))
            : null;

    internal void Save(TabularModel model, BinaryMetrics metrics, int examples, DateTime trainedAt)
    {
        var staging = Path.Combine(Directory, "staging-" + Guid.NewGuid().ToString("n"));
        model.Save(staging);
        File.WriteAllText(Path.Combine(staging, "info.json"), JsonSerializer.Serialize(new ChurnModelInfo(trainedAt, examples, metrics)));
        lock (gate)
        {
            var target = Path.Combine(Directory, "current");
            if (System.IO.Directory.Exists(target)) System.IO.Directory.Delete(target, recursive: true);
            System.IO.Directory.Move(staging, target);
            current = model;
            loaded = true;
        }
    }
}

/// <summary>When and how well the current churn model was trained.</summary>
public sealed record ChurnModelInfo(DateTime TrainedAt, int Examples, BinaryMetrics Metrics);
