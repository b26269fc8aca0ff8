namespace Knowledge.Cms.Triage.Learning;

/// <summary>Hyper-parameters of <see cref="TextClassifierTrainer"/>; the defaults are what the product uses.</summary>
/// <param name="WordNgramLength">Word n-grams 1…n.</param>
/// <param name="CharNgramLength">Character n-grams 1…n (3 balanced accuracy and training time best on the demo data and Banking77).</param>
/// <param name="L2">L2 regularisation of the linear learners (SDCA uses a tenth of it).</param>
/// <param name="Iterations">L-BFGS iterations (SDCA a third; LightGBM boosting rounds).</param>
/// <param name="Threads">Threads the learner may use; null = all cores. The product trains on one so requests keep the other.</param>
public sealed record TextClassifierSettings(int WordNgramLength = 2, int CharNgramLength = 3, float L2 = 1e-3f, int Iterations = 100, int? Threads = null)
{
    public static TextClassifierSettings Default { get; } = new();

    /// <summary>What background training in the product uses: the defaults on a single thread.</summary>
    public static TextClassifierSettings Background { get; } = new(Threads: 1);
}
