using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Knowledge.Cms.Churn;

/// <summary>
/// The churn trainer: a gradient-boosted tree ensemble (FastTree) and a regularised logistic regression on the same
/// features, averaged. The trees catch interactions; the linear model gives per-example explanations (weight × value).
/// Used by the product on account history and by the evaluation command on any tabular CSV.
/// </summary>
public sealed class TabularBinaryTrainer(int seed = 20261124)
{
    private readonly MLContext ml = new(seed);

    public TabularModel Train(IReadOnlyList<TabularRow> rows, TabularSchema schema)
    {
        if (rows.Count < 20) throw new InvalidOperationException($"Training needs at least 20 examples (got {rows.Count}).");
        var positives = rows.Count(r => r.Label);
        if (positives == 0 || positives == rows.Count)
            throw new InvalidOperationException("Training needs both churned and retained examples; the labels are all one class.");
        var data = Load(rows, schema);
        var prepare = Prepare(schema).Fit(data);
        var prepared = prepare.Transform(data);
        var trees = ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
        {
            NumberOfLeaves = 12, NumberOfTrees = 300, MinimumExampleCountPerLeaf = 20, LearningRate = 0.03,
            FeatureFraction = 0.8, Shrinkage = 1, Seed = seed,
        }).Fit(prepared);
        var linear = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = 1f, L1Regularization = 0.1f,
        }).Fit(prepared);
        return new TabularModel(ml, schema, prepare, trees, linear);
    }

    /// <summary>Stratified k-fold cross-validation: out-of-fold scores for every row, then the metrics over all of them.</summary>
    public (BinaryMetrics Metrics, double[] Scores) CrossValidate(IReadOnlyList<TabularRow> rows, TabularSchema schema, int folds = 5)
    {
        var random = new Random(seed);
        var foldOf = new int[rows.Count];
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => rows[i].Label))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < shuffled.Count; k++) foldOf[shuffled[k]] = k % folds;
        }
        var scores = new double[rows.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = rows.Where((_, i) => foldOf[i] != fold).ToList();
            var model = Train(train, schema);
            for (var i = 0; i < rows.Count; i++)
                if (foldOf[i] == fold) scores[i] = model.Score(rows[i]).Probability;
        }
        return (BinaryMetricsCalculator.Compute(scores, rows.Select(r => r.Label).ToList()), scores);
    }

    internal IDataView Load(IReadOnlyList<TabularRow> rows, TabularSchema schema) => Load(ml, rows, schema);

    internal static IDataView Load(MLContext ml, IEnumerable<TabularRow> rows, TabularSchema schema)
    {
        var definition = SchemaDefinition.Create(typeof(Example));
        definition[nameof(Example.Numeric)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, schema.NumericColumns.Count));
        definition[nameof(Example.Categorical)].ColumnType = new VectorDataViewType(TextDataViewType.Instance, Math.Max(1, schema.CategoricalColumns.Count));
        return ml.Data.LoadFromEnumerable(rows.Select(Example.From), definition);
    }

    private IEstimator<ITransformer> Prepare(TabularSchema schema)
    {
        IEstimator<ITransformer> pipeline = ml.Transforms.ReplaceMissingValues(nameof(Example.Numeric), replacementMode: Microsoft.ML.Transforms.MissingValueReplacingEstimator.ReplacementMode.Mean)
            .Append(ml.Transforms.NormalizeMeanVariance(nameof(Example.Numeric)));
        if (schema.CategoricalColumns.Count > 0)
            return pipeline.Append(ml.Transforms.Categorical.OneHotEncoding("CategoricalEncoded", nameof(Example.Categorical)))
                .Append(ml.Transforms.Concatenate("Features", nameof(Example.Numeric), "CategoricalEncoded"));
        return pipeline.Append(ml.Transforms.CopyColumns("Features", nameof(Example.Numeric)));
    }

    /// <summary>ML.NET's row type; vector sizes are set per schema at load time.</summary>
    internal sealed class Example
    {
        public float[] Numeric { get; set; } = [];
        public string[] Categorical { get; set; } = [];
        public bool Label { get; set; }

        public static Example From(TabularRow row) => new()
        {
            Numeric = row.Numeric.Length == 0 ? [0f] : row.Numeric,
            Categorical = row.Categorical.Length == 0 ? [""] : row.Categorical,
            Label = row.Label,
        };
    }
}
