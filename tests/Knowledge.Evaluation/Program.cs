using System.Diagnostics;
using System.Text.Json;
using Knowledge.Evaluation;

// dotnet run -c Release --project tests/Knowledge.Evaluation -- <task> [options]
// Human-readable progress first; the last line is one JSON object with the figures (see ../shared/EVALUATION.md).
var tasks = typeof(IEvaluationTask).Assembly.GetTypes()
    .Where(t => typeof(IEvaluationTask).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
    .Select(t => (IEvaluationTask)Activator.CreateInstance(t)!)
    .OrderBy(t => t.Name)
    .ToDictionary(t => t.Name);

if (args.Length == 0 || args[0] is "--help" or "-h" || !tasks.TryGetValue(args[0], out var task))
{
    Console.Error.WriteLine(args.Length == 0 || args[0] is "--help" or "-h" ? "usage:" : $"unknown task '{args[0]}'. usage:");
    foreach (var t in tasks.Values) Console.Error.WriteLine($"  {t.Name} {t.Usage}");
    return args.Length > 0 && args[0] is "--help" or "-h" ? 0 : 2;
}

try
{
    var arguments = EvaluationArguments.Parse(args[1..]);
    var watch = Stopwatch.StartNew();
    var result = await task.RunAsync(arguments, Console.Out, CancellationToken.None);
    Console.WriteLine($"# {task.Name} finished in {watch.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}
catch (EvaluationException ex)
{
    Console.Error.WriteLine("error: " + ex.Message);
    return 2;
}
