using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Knowledge.Cms.Churn;

/// <summary>A trained churn model: shared feature preparation, a tree ensemble and a linear model, averaged.</summary>
public sealed class TabularModel
{
    private readonly MLContext ml;
    private readonly ITransformer prepare;
    private readonly ITransformer trees;
    private readonly ITransformer linear;
    private readonly float[] linearWeights;

    internal TabularModel(MLContext ml, TabularSchema schema, ITransformer prepare, ITransformer trees, ITransformer linear)
    {
        this.ml = ml;
        this.prepare = prepare;
        this.trees = trees;
        this.linear = linear;
        Schema = schema;
        linearWeights = linear is ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> typed
            ? typed.Model.SubModel.Weights.ToArray()
            : [];
    }

    public TabularSchema Schema { get; }

    /// <summary>Churn probability and the numeric features that push it up most (linear weight × standardised value).</summary>
    public TabularScore Score(TabularRow row) => ScoreMany([row])[0];

    public IReadOnlyList<TabularScore> ScoreMany(IReadOnlyList<TabularRow> rows)
    {
        var prepared = prepare.Transform(TabularBinaryTrainer.Load(ml, rows, Schema));
        var treeScores = trees.Transform(prepared).GetColumn<float>("Probability").ToArray();
        var linearScores = linear.Transform(prepared).GetColumn<float>("Probability").ToArray();
        var features = prepared.GetColumn<VBuffer<float>>("Features").ToArray();
        var result = new List<TabularScore>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var values = features[i].DenseValues().ToArray();
            var contributions = Schema.NumericColumns
                .Select((name, slot) => (name, value: slot < values.Length && slot < linearWeights.Length ? values[slot] * linearWeights[slot] : 0f))
                .Where(c => c.value > 0.05f).OrderByDescending(c => c.value)
                .Select(c => new FeatureContribution(c.name, c.value)).ToList();
            result.Add(new TabularScore((treeScores[i] + linearScores[i]) / 2.0, contributions));
        }
        return result;
    }

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var schema = TabularBinaryTrainer.Load(ml, [], Schema).Schema;
        ml.Model.Save(prepare, schema, Path.Combine(directory, "prepare.zip"));
        var preparedSchema = prepare.GetOutputSchema(schema);
        ml.Model.Save(trees, preparedSchema, Path.Combine(directory, "trees.zip"));
        ml.Model.Save(linear, preparedSchema, Path.Combine(directory, "linear.zip"));
        File.WriteAllText(Path.Combine(directory, "schema.json"), JsonSerializer.Serialize(Schema));
    }

    public static TabularModel Load(string directory)
    {
        var ml = new MLContext();
        var schema = JsonSerializer.Deserialize<TabularSchema>(File.ReadAllText(Path.Combine(directory, "schema.json")))!;
        var prepare = ml.Model.Load(Path.Combine(directory, "prepare.zip"), out _);
        var trees = ml.Model.Load(Path.Combine(directory, "trees.zip"), out _);
        var linear = ml.Model.Load(Path.Combine(directory, "linear.zip"), out _);
        return new TabularModel(ml, schema, prepare, trees, linear);
    }
}

/// <summary>A probability with the features that raised it.</summary>
public sealed record TabularScore(double Probability, IReadOnlyList<FeatureContribution> Contributions);

/// <summary>How much one feature pushed a score up (standardised units × weight).</summary>
public sealed record FeatureContribution(string Feature, double Weight);
