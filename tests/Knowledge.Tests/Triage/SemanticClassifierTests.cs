using System.Text.Json;
using Knowledge.Cms.Triage.Learning;
using Knowledge.Cms.Triage.Learning.Semantic;
using Knowledge.Tests.TestKit;

namespace Knowledge.Tests.Triage;

/// <summary>The sentence encoder (checked against the reference implementation's output) and the semantic head of the classifier.</summary>
public sealed class SemanticClassifierTests
{
    private static readonly SentenceEncoder Encoder = SentenceEncoder.Shipped ?? throw new InvalidOperationException("The sentence encoder is not embedded in Knowledge.Cms.");
    private static readonly Lazy<SentenceEncoder> FloatEncoder = new(() =>
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream("Knowledge.Cms.Triage.sentence-encoder-en.bin")!;
        return SentenceEncoder.Read(stream, int8: false);
    });

    public static TheoryData<int> ReferenceRows => new() { 0, 1, 2, 3, 4 };

    [Theory]
    [MemberData(nameof(ReferenceRows))]
    public void Should_reproduce_the_reference_implementations_embedding(int row)
    {
        // Written by tools/sentence-encoder/reference.js (TensorFlow.js running the published graph): mixed case, an emoji
        // (an unknown piece), German (pieces of an English vocabulary) and a text over 64 pieces.
        var line = File.ReadLines(RepositoryPaths.File("tests", "Knowledge.Tests", "Triage", "Fixtures", "sentence-encoder-reference.jsonl")).ElementAt(row);
        using var reference = JsonDocument.Parse(line);
        var text = reference.RootElement.GetProperty("text").GetString()!;
        var expected = reference.RootElement.GetProperty("v").EnumerateArray().Select(v => v.GetSingle()).ToArray();

        // The reference reads up to 128 pieces. In floats the port agrees to the weights' half precision; the 8-bit path
        // (taken where the CPU has AVX-VNNI) stays within quantisation error.
        var floats = FloatEncoder.Value.Embed(text, maxPieces: 128);
        var shipped = Encoder.Embed(text, maxPieces: 128);

        Assert.False(FloatEncoder.Value.IsInt8);
        Assert.Equal(SentenceEncoder.Dimensions, floats.Length);
        Assert.True(Cosine(expected, floats) > 0.99999, $"cosine {Cosine(expected, floats):F6} for '{text}'");
        Assert.All(expected.Zip(floats), pair => Assert.InRange(pair.Second - pair.First, -2e-3f, 2e-3f));
        Assert.True(Cosine(expected, shipped) > 0.997, $"cosine {Cosine(expected, shipped):F6} for '{text}' (8-bit: {Encoder.IsInt8})");
    }

    [Fact]
    public void Should_place_a_paraphrase_closer_than_a_different_request()
    {
        var question = Encoder.Embed("My new card still hasn't arrived.");
        var paraphrase = Encoder.Embed("The card you sent me never showed up in the mail.");
        var different = Encoder.Embed("What exchange rate do you use for euros?");

        Assert.True(Cosine(question, paraphrase) > Cosine(question, different) + 0.1,
            $"paraphrase {Cosine(question, paraphrase):F3}, different request {Cosine(question, different):F3}");
    }

    [Fact]
    public void Should_read_only_the_opening_pieces_of_a_long_text()
    {
        var opening = string.Join(' ', Enumerable.Repeat("my card was declined at the shop", 10)); // over DefaultMaxPieces pieces
        var weather = opening + " " + string.Join(' ', Enumerable.Repeat("and the weather is lovely today", 200));
        var fees = opening + " " + string.Join(' ', Enumerable.Repeat("why do you charge a fee for transfers", 200));

        Assert.True(Encoder.Tokenize(opening).Count > SentenceEncoder.DefaultMaxPieces);
        Assert.Equal(Encoder.Embed(weather), Encoder.Embed(fees));
        Assert.NotEqual(Encoder.Embed(weather, maxPieces: 128), Encoder.Embed(fees, maxPieces: 128));
    }

    [Fact]
    public void Should_train_a_semantic_head_on_english_examples_and_keep_it_through_save_and_load()
    {
        var examples = EnglishExamples();

        var classifier = new TextClassifierTrainer().Train(examples, TextClassifierTrainer.ProductKind, CancellationToken.None);
        using var stored = new MemoryStream();
        classifier.Save(stored);
        stored.Position = 0;
        var loaded = TextClassifier.Load(stored);

        Assert.NotNull(classifier.Semantic);
        Assert.NotNull(loaded.Semantic);
        Assert.Equal(classifier.Labels, loaded.Labels);
        foreach (var text in new[] { "the plastic I ordered never turned up", "is there a charge for sending money abroad?", "how do I change my PIN" })
            Assert.Equal(classifier.Predict(text).Ranked, loaded.Predict(text).Ranked);
    }

    [Fact]
    public void Should_blend_the_semantic_head_into_uncertain_english_predictions_only()
    {
        var examples = EnglishExamples();
        var trainer = new TextClassifierTrainer();
        var semantic = trainer.Train(examples, TextClassifierTrainer.ProductKind, CancellationToken.None);
        var words = trainer.Train(examples, TextClassifierTrainer.ProductKind, TextClassifierSettings.Default with { Semantic = false }, CancellationToken.None);
        Assert.Null(words.Semantic);

        // A paraphrase with no training word in common: the word features are unsure, the blend changes the answer's probabilities.
        var paraphrase = "the plastic I ordered never turned up";
        Assert.True(words.Predict(paraphrase).Confidence < TextClassifier.BlendBelowConfidence);
        Assert.NotEqual(words.Predict(paraphrase).Ranked, semantic.Predict(paraphrase).Ranked);
        Assert.Equal("card-arrival", semantic.Predict(paraphrase).Label);

        // Not English: the word-feature prediction stands as it is.
        var german = "Wo bleibt meine Karte? Ich warte seit zwei Wochen.";
        Assert.Equal(words.Predict(german).Ranked, semantic.Predict(german).Ranked);
    }

    [Fact]
    public void Should_stay_word_features_only_without_enough_english_examples()
    {
        var examples = Enumerable.Range(0, 30).Select(i => new LabelledText(
            i % 2 == 0 ? $"Meine Karte ist nach {i} Tagen immer noch nicht angekommen" : $"Wie hoch ist der Wechselkurs für Euro, Anfrage {i}",
            i % 2 == 0 ? "card-arrival" : "exchange-rate")).ToList();

        var classifier = new TextClassifierTrainer().Train(examples, TextClassifierTrainer.ProductKind, CancellationToken.None);

        Assert.Null(classifier.Semantic);
        Assert.Equal("card-arrival", classifier.Predict("Meine Karte ist nicht angekommen").Label);
    }

    private static List<LabelledText> EnglishExamples()
    {
        var classes = new Dictionary<string, string[]>
        {
            ["card-arrival"] = ["When will my card arrive?", "My card has not arrived yet", "I am still waiting for my new card", "How long until I receive my card?",
                "Where is the card you sent me?", "My card still hasn't come in the post", "It's been two weeks and no card", "Is my card on its way?"],
            ["transfer-fee"] = ["Is there a fee for bank transfers?", "How much does a transfer cost?", "Why was I charged for sending money?",
                "What do you charge for international transfers?", "Do transfers abroad cost extra?", "I was charged a transfer fee", "Are transfers free?", "Fee on my transfer"],
            ["change-pin"] = ["How do I change my PIN?", "I want a new PIN number", "Can I reset my PIN at an ATM?", "Where can I update my PIN?",
                "I forgot my PIN and want to set another", "Change the PIN of my card", "Is it possible to pick my own PIN?", "New PIN please"],
        };
        return classes.SelectMany(c => c.Value.Select(t => new LabelledText(t, c.Key))).ToList();
    }

    private static double Cosine(IReadOnlyList<float> a, IReadOnlyList<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Count; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return dot / Math.Sqrt(na * nb);
    }
}
