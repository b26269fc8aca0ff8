using System.Diagnostics;
using System.Globalization;
using Knowledge.Cms.Churn;
using Knowledge.Cms.Common;

namespace Knowledge.Evaluation;

/// <summary>
/// churn: the product's churn trainer on any tabular CSV. Numeric and categorical columns are detected; with
/// --test equal to --train (or omitted) it reports 5-fold stratified cross-validation.
/// </summary>
internal sealed class ChurnTask : IEvaluationTask
{
    public string Name => "churn";

    public string Usage => "--train FILE [--test FILE] --label Churn --positive Yes [--id customerID] [--folds 5]";

    public Task<IReadOnlyDictionary<string, object?>> RunAsync(EvaluationArguments arguments, TextWriter log, CancellationToken cancellationToken)
    {
        var trainPath = arguments.ExistingFile("train");
        var testPath = arguments.Optional("test");
        if (testPath is not null && !File.Exists(testPath)) throw new EvaluationException($"--test: file '{testPath}' does not exist.");
        var label = arguments.Required("label");
        var positive = arguments.Required("positive");
        var id = arguments.Optional("id");
        var folds = int.Parse(arguments.Optional("folds") ?? "5", CultureInfo.InvariantCulture);

        var (header, rows) = ReadCsv(trainPath);
        var labelIndex = Array.IndexOf(header, label);
        if (labelIndex < 0) throw new EvaluationException($"--label: column '{label}' is not in {trainPath} ({string.Join(", ", header)}).");
        var idIndex = id is null ? -1 : Array.IndexOf(header, id);
        if (id is not null && idIndex < 0) throw new EvaluationException($"--id: column '{id}' is not in {trainPath}.");
        var featureIndexes = Enumerable.Range(0, header.Length).Where(i => i != labelIndex && i != idIndex).ToList();
        var numeric = featureIndexes.Where(i => rows.All(r => string.IsNullOrWhiteSpace(r[i]) || double.TryParse(r[i], NumberStyles.Float, CultureInfo.InvariantCulture, out _))).ToList();
        var categorical = featureIndexes.Except(numeric).ToList();
        var schema = new TabularSchema(numeric.Select(i => header[i]).ToList(), categorical.Select(i => header[i]).ToList());
        log.WriteLine($"columns: {numeric.Count} numeric ({string.Join(", ", schema.NumericColumns)}), {categorical.Count} categorical");
        TabularRow ToRow(string[] r) => new(
            numeric.Select(i => float.TryParse(r[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : float.NaN).ToArray(),
            categorical.Select(i => r[i].Trim()).ToArray(),
            string.Equals(r[labelIndex].Trim(), positive, StringComparison.OrdinalIgnoreCase));
        var train = rows.Select(ToRow).ToList();
        log.WriteLine($"train: {train.Count} rows, {train.Count(r => r.Label)} positive ({train.Count(r => r.Label) * 100.0 / train.Count:F1} %)");

        var trainer = new TabularBinaryTrainer();
        var watch = Stopwatch.StartNew();
        BinaryMetrics metrics;
        int testCount;
        if (testPath is null || Path.GetFullPath(testPath) == Path.GetFullPath(trainPath))
        {
            log.WriteLine($"{folds}-fold stratified cross-validation on the train file…");
            (metrics, _) = trainer.CrossValidate(train, schema, folds);
            testCount = train.Count;
        }
        else
        {
            var model = trainer.Train(train, schema);
            var (testHeader, testRows) = ReadCsv(testPath);
            if (!testHeader.SequenceEqual(header)) throw new EvaluationException("--test: columns differ from --train.");
            var test = testRows.Select(ToRow).ToList();
            var scores = model.ScoreMany(test).Select(s => s.Probability).ToList();
            metrics = BinaryMetricsCalculator.Compute(scores, test.Select(r => r.Label).ToList());
            testCount = test.Count;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        log.WriteLine($"ROC-AUC {metrics.RocAuc:F4}  PR-AUC {metrics.PrAuc:F4}  accuracy {metrics.Accuracy:F4}  F1 {metrics.F1:F4}  ({seconds:F1} s)");
        IReadOnlyDictionary<string, object?> result = new Dictionary<string, object?>
        {
            ["task"] = Name, ["n_train"] = train.Count, ["n_test"] = testCount,
            ["roc_auc"] = Math.Round(metrics.RocAuc, 4), ["pr_auc"] = Math.Round(metrics.PrAuc, 4),
            ["accuracy"] = Math.Round(metrics.Accuracy, 4), ["f1"] = Math.Round(metrics.F1, 4), ["train_seconds"] = Math.Round(seconds, 2),
        };
        return Task.FromResult(result);
    }

    private static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        try
        {
            return CsvFile.Read(path);
        }
        catch (FormatException ex)
        {
            throw new EvaluationException(ex.Message);
        }
    }
}
