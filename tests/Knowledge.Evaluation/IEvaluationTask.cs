namespace Knowledge.Evaluation;

/// <summary>One task of the evaluation command (../shared/EVALUATION.md). Each task lives in its own file.</summary>
internal interface IEvaluationTask
{
    /// <summary>The task name on the command line, e.g. <c>classify</c>.</summary>
    string Name { get; }

    /// <summary>One line of usage, shown by --help.</summary>
    string Usage { get; }

    /// <summary>Runs the task; progress goes to <paramref name="log"/>, the returned object becomes the last JSON line.</summary>
    Task<IReadOnlyDictionary<string, object?>> RunAsync(EvaluationArguments arguments, TextWriter log, CancellationToken cancellationToken);
}
