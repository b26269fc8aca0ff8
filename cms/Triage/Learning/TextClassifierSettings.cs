namespace Knowledge.Cms.Triage.Learning;

/// <summary>Hyper-parameters of <see cref="TextClassifierTrainer"/>; the defaults are what the product uses.</summary>
/// <param name="WordNgramLength">Word n-grams 1…n.</param>
/// <param name="CharNgramLength">Character n-grams 1…n (3 balanced accuracy and training time best on the demo data and Banking77).</param>
/// <param name="L2">
/// L2 regularisation of the linear learners (SDCA gets the equivalent L2 / n). ML.NET's L-BFGS adds ½·L2·‖w‖² to the
/// <em>summed</em> loss, so 0.005 is mild on ten thousand examples and firmer on an organisation's first thousand. It
/// makes the problem well conditioned enough to converge in 60 iterations (1e-3 needed 100 for the same accuracy)
/// while keeping confidences close to 1e-3's, which <c>Triage:ConfidenceThreshold</c> was tuned on (0.01–0.03 were
/// as accurate but less confident: up to a third of the demo tickets fell below 0.35).
/// </param>
/// <param name="Iterations">L-BFGS iterations (SDCA half as many epochs; LightGBM boosting rounds).</param>
/// <param name="Threads">Threads the learner may use; null = all cores. The product trains on one so requests keep the other.</param>
/// <param name="History">L-BFGS memory: 5 correction pairs cost a quarter of the default 20's dense vector work at equal accuracy.</param>
/// <param name="Semantic">Train a <see cref="Semantic.SemanticHead"/> on English examples' sentence embeddings and blend it into uncertain predictions.</param>
/// <param name="SemanticHead">The head's settings; null = its defaults.</param>
public sealed record TextClassifierSettings(int WordNgramLength = 2, int CharNgramLength = 3, float L2 = 0.005f, int Iterations = 60, int? Threads = null, int History = 5,
    bool Semantic = true, Semantic.SemanticHeadSettings? SemanticHead = null)
{
    public static TextClassifierSettings Default { get; } = new();

    /// <summary>What background training in the product uses: the defaults on a single thread.</summary>
    public static TextClassifierSettings Background { get; } = new(Threads: 1);
}
