namespace Knowledge.Cms.Triage.Learning;

/// <summary>One training or evaluation example: a text and its class.</summary>
public sealed record LabelledText(string Text, string Label);
