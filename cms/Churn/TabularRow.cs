namespace Knowledge.Cms.Churn;

/// <summary>One example for the tabular trainer: numeric features (NaN = missing), categorical features and the label.</summary>
public sealed record TabularRow(float[] Numeric, string[] Categorical, bool Label);

/// <summary>Column names of a tabular data set, in the order of <see cref="TabularRow"/>'s arrays.</summary>
public sealed record TabularSchema(IReadOnlyList<string> NumericColumns, IReadOnlyList<string> CategoricalColumns);

/// <summary>Quality of a binary classifier on held-out data.</summary>
public sealed record BinaryMetrics(double RocAuc, double PrAuc, double Accuracy, double F1, int Examples, int Positives);
