namespace Knowledge.Benchmarks;

/// <summary>One benchmark of the product; each lives in its own file.</summary>
internal interface IBenchmark
{
    string Name { get; }

    Task RunAsync(string[] args, TextWriter output);
}
