using System.Text;
using Knowledge.Cms.Common;
using Knowledge.Cms.Languages;

namespace Knowledge.Cms.Translation;

/// <summary>
/// <c>Translation:Provider=AzureTranslator</c>. Code blocks never leave the process; prose blocks are sent as plain
/// text in which inline code, URLs, <c>[KB:]</c> references and glossary terms are wrapped in the dynamic dictionary
/// markup (<c>&lt;mstrans:dictionary translation="…"&gt;…&lt;/mstrans:dictionary&gt;</c>), so the service keeps them
/// or uses the preferred translation. Requests are batched under the service limits (1,000 texts, 50,000 characters).
/// </summary>
public sealed class AzureTranslatorProvider : ITranslationProvider
{
    public const int MaxCharactersPerRequest = 50_000;
    public const int MaxTextsPerRequest = 1_000;

    private readonly AzureTranslatorClient client;

    public AzureTranslatorProvider(TranslationOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AzureTranslator.Key))
            throw new InvalidOperationException("Translation:AzureTranslator:Key is required when Translation:Provider is AzureTranslator.");
        client = new AzureTranslatorClient(options);
    }

    public string Name => "azure-translator";

    public bool IsConfigured => true;

    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        var to = ProviderLanguages.ForAzure(request.TargetLanguage, "targetLanguage");
        var from = request.SourceLanguage is null ? null : ProviderLanguages.ForAzure(request.SourceLanguage, "sourceLanguage");
        if (request.Texts.Count == 0) throw KnowledgeException.Invalid("texts", "must hold at least one text.");

        // Every prose piece of every text, marked up; verbatim pieces stay in place.
        var documents = request.Texts.Select(MarkdownSegment.Split).ToList();
        var pieces = new List<string>();
        var slots = new List<(int Document, int Segment)>();
        for (var d = 0; d < documents.Count; d++)
        for (var s = 0; s < documents[d].Count; s++)
        {
            if (!documents[d][s].Translatable) continue;
            pieces.Add(Markup(documents[d][s].Text, request.Terms));
            slots.Add((d, s));
        }

        var translated = new string[pieces.Count];
        string? detected = null;
        foreach (var batch in Batches(pieces))
        {
            var items = await client.TranslateAsync(batch.Select(i => pieces[i]).ToList(), to, from, cancellationToken);
            for (var k = 0; k < batch.Count; k++) translated[batch[k]] = items[k].Translations[0].Text;
            detected ??= items.Select(i => i.DetectedLanguage?.Language).FirstOrDefault(l => l is not null);
        }

        var outputs = documents.Select(d => d.Select(s => s.Text).ToArray()).ToList();
        for (var i = 0; i < slots.Count; i++) outputs[slots[i].Document][slots[i].Segment] = MarkdownSegment.WithOuterWhitespaceOf(documents[slots[i].Document][slots[i].Segment].Text, translated[i]);
        var translations = outputs.Select(parts => string.Concat(parts)).ToList();

        var notes = new List<string>();
        if (request.Formality != Formality.Default)
            notes.Add($"Azure Translator has no formality control: check that the translation uses the {request.Formality.ToString().ToLowerInvariant()} register.");
        for (var i = 0; i < translations.Count; i++)
            notes.AddRange(GlossaryCheck.Find(request.Texts[i], translations[i], request.Terms).Select(v => $"Text {i + 1}: {v.Describe()}"));
        return new TranslationResult(translations, Name, detected is null ? request.SourceLanguage : ProviderLanguages.Language(detected), notes);
    }

    public async Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken)
    {
        var input = Guard.Required(text, "text", MaxCharactersPerRequest);
        var item = await client.DetectAsync(input, cancellationToken);
        var alternatives = (item.Alternatives ?? []).Select(a => new LanguageScore(ProviderLanguages.Language(a.Language), a.Score)).ToList();
        return new LanguageDetection(ProviderLanguages.Language(item.Language), item.Score, alternatives, null);
    }

    /// <summary>Wraps protected spans in the dynamic dictionary markup; a replacement with a quote cannot be marked up.</summary>
    internal static string Markup(string text, IReadOnlyList<GlossaryTerm> glossary)
    {
        var spans = ProtectedSpans.Find(text, glossary);
        if (spans.Count == 0) return text;
        var builder = new StringBuilder(text.Length + spans.Count * 64);
        var position = 0;
        foreach (var (start, length, replacement) in spans)
        {
            if (replacement.Contains('"')) continue;
            builder.Append(text, position, start - position)
                .Append("<mstrans:dictionary translation=\"").Append(replacement).Append("\">")
                .Append(text, start, length).Append("</mstrans:dictionary>");
            position = start + length;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static IEnumerable<List<int>> Batches(List<string> pieces)
    {
        var batch = new List<int>();
        var characters = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Length > MaxCharactersPerRequest)
                throw KnowledgeException.Invalid("texts", $"a paragraph of {pieces[i].Length:N0} characters exceeds Azure Translator's limit of {MaxCharactersPerRequest:N0} characters per request; split it into smaller paragraphs.");
            if (batch.Count > 0 && (characters + pieces[i].Length > MaxCharactersPerRequest || batch.Count == MaxTextsPerRequest))
            {
                yield return batch;
                batch = [];
                characters = 0;
            }
            batch.Add(i);
            characters += pieces[i].Length;
        }
        if (batch.Count > 0) yield return batch;
    }
}
