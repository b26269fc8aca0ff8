using Knowledge.Cms.Triage.Learning;

namespace Knowledge.Cms.Triage;

/// <summary>A model serving predictions, with the version label reported on each decision.</summary>
public sealed record ActiveModel(TextClassifier Classifier, string Label, int? VersionId);
