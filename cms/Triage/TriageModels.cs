using System.Collections.Concurrent;
using Knowledge.Cms.Data;
using Knowledge.Cms.Triage.Learning;
using Microsoft.EntityFrameworkCore;

namespace Knowledge.Cms.Triage;

/// <summary>
/// The models serving triage, swapped atomically when a new version is promoted. Model files live in the data
/// directory's <c>models/</c> folder; the shipped emotion model (trained on GoEmotions, see PROVENANCE.md) is embedded.
/// </summary>
public sealed class TriageModels(DataDirectory dataDirectory)
{
    private const string ShippedEmotionResource = "Knowledge.Cms.Triage.emotion.zip";
    private readonly ConcurrentDictionary<ModelKind, ActiveModel> active = new();
    private readonly Lazy<ActiveModel?> shippedEmotion = new(LoadShippedEmotion);
    private volatile bool activatedFromShadow;

    public ActiveModel? Get(ModelKind kind) => active.GetValueOrDefault(kind);

    /// <summary>The emotion model shipped with the product (English, GoEmotions); null if the resource is missing.</summary>
    public ActiveModel? ShippedEmotion => shippedEmotion.Value;

    /// <summary>Whether triage switched itself from shadow to active (persisted in <see cref="TriageState"/>).</summary>
    public bool ActivatedFromShadow
    {
        get => activatedFromShadow;
        internal set => activatedFromShadow = value;
    }

    public string Directory
    {
        get
        {
            var path = dataDirectory.File("models");
            System.IO.Directory.CreateDirectory(path);
            return path;
        }
    }

    internal void Activate(ModelKind kind, ActiveModel model) => active[kind] = model;

    /// <summary>Loads the active version of each kind from disk; a missing or unreadable file leaves that kind without a model.</summary>
    internal async Task<IReadOnlyList<string>> LoadActiveAsync(KnowledgeDbContext db, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var versions = await db.ModelVersions.AsNoTracking().Where(m => m.Status == ModelVersionStatus.Active).ToListAsync(cancellationToken);
        foreach (var version in versions)
        {
            var path = Path.Combine(Directory, version.FileName);
            try
            {
                await using var stream = File.OpenRead(path);
                Activate(version.Kind, new ActiveModel(TextClassifier.Load(stream), version.Label, version.Id));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
            {
                problems.Add($"{version.Label} ({path}): {ex.Message}");
            }
        }
        var state = await db.TriageStates.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        ActivatedFromShadow = state?.Mode == TriageMode.Active;
        return problems;
    }

    private static ActiveModel? LoadShippedEmotion()
    {
        using var stream = typeof(TriageModels).Assembly.GetManifestResourceStream(ShippedEmotionResource);
        return stream is null ? null : new ActiveModel(TextClassifier.Load(stream), "emotion-goemotions-shipped", null);
    }
}
