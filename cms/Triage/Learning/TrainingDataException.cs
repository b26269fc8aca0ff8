using Knowledge.Cms.Common;

namespace Knowledge.Cms.Triage.Learning;

/// <summary>The labelled data cannot train a model (empty, one class); the current model stays in place.</summary>
public sealed class TrainingDataException(string message) : KnowledgeException(ErrorCodes.Validation, message);
