using System.Diagnostics;
using Knowledge.Cms.Languages;

namespace Knowledge.Evaluation;

/// <summary>
/// Builds the language profile the product ships (cms/Languages/Profiles/langid.bin.br) from the training corpus
/// (../shared/data/langid-train). Not an evaluation: it never reads the evaluation files.
/// </summary>
internal sealed class LanguageProfileTrainingTask : IEvaluationTask
{
    public string Name => "langid-train";

    public string Usage => "--corpus DIR (one <lang>.txt per language) --out FILE (e.g. cms/Languages/Profiles/langid.bin.br)";

    public Task<IReadOnlyDictionary<string, object?>> RunAsync(EvaluationArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var corpus = arguments.Required("corpus");
        if (!Directory.Exists(corpus)) throw new EvaluationException($"--corpus: directory '{corpus}' does not exist.");
        var output = arguments.Required("out");
        var watch = Stopwatch.StartNew();
        LanguageProfile profile;
        try
        {
            profile = new LanguageProfileBuilder(corpus, log).Build();
        }
        catch (FileNotFoundException ex)
        {
            throw new EvaluationException(ex.Message);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output)) profile.Write(file);
        var bytes = new FileInfo(output).Length;
        log.WriteLine($"wrote {output}: {bytes:N0} bytes");
        foreach (var group in profile.Groups) log.WriteLine("  " + group.Data);
        return Task.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?>
        {
            ["task"] = Name,
            ["bytes"] = bytes,
            ["ngrams"] = profile.Groups.Sum(g => g.Data.NgramKeys.Length),
            ["words"] = profile.Groups.Sum(g => g.Data.Words.Length),
            ["train_seconds"] = Math.Round(watch.Elapsed.TotalSeconds, 1),
        });
    }
}
