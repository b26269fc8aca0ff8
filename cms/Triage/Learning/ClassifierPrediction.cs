namespace Knowledge.Cms.Triage.Learning;

/// <summary>A class and its probability.</summary>
public readonly record struct ClassScore(string Label, float Probability);

/// <summary>The classes of one prediction, most probable first.</summary>
public sealed record ClassifierPrediction(IReadOnlyList<ClassScore> Ranked)
{
    public string Label => Ranked[0].Label;

    public float Confidence => Ranked[0].Probability;
}
