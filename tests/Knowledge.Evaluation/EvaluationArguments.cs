namespace Knowledge.Evaluation;

/// <summary>The <c>--name value</c> options of the evaluation command.</summary>
internal sealed class EvaluationArguments
{
    private readonly Dictionary<string, string> values;

    private EvaluationArguments(Dictionary<string, string> values) => this.values = values;

    public static EvaluationArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new EvaluationException($"Unexpected argument '{args[i]}'; options look like --name value.");
            var name = args[i][2..];
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new EvaluationException($"Option --{name} needs a value.");
            values[name] = args[++i];
        }
        return new EvaluationArguments(values);
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new EvaluationException($"Missing option --{name}.");

    public string? Optional(string name) => values.GetValueOrDefault(name);

    /// <summary>A file option that must exist.</summary>
    public string ExistingFile(string name)
    {
        var path = Required(name);
        return File.Exists(path) ? path : throw new EvaluationException($"--{name}: file '{path}' does not exist.");
    }
}

/// <summary>A user error: bad option or file. Printed without a stack trace; exit code 2.</summary>
internal sealed class EvaluationException(string message) : Exception(message);
