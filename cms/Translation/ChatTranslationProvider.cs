using System.Text;
using Knowledge.Cms.Common;
using Knowledge.Cms.Languages;
using Microsoft.Extensions.AI;

namespace Knowledge.Cms.Translation;

/// <summary>
/// <c>Translation:Provider=Chat</c>: a chat model through Microsoft.Extensions.AI. Code blocks, inline code, URLs and
/// <c>[KB:]</c> references are replaced by numbered tokens before the model sees the text and put back afterwards, so
/// the model cannot alter them; the prompt carries the register and the glossary, and the glossary check reports any
/// term the model did not honour. Long documents are sent in Markdown blocks of at most
/// <see cref="MaxCharactersPerCall"/> characters.
/// </summary>
public sealed class ChatTranslationProvider(IChatClient chat, string model, TranslationOptions options, LanguageDetector detector) : ITranslationProvider
{
    public const int MaxCharactersPerCall = 12_000;

    public string Name => "chat:" + model;

    public bool IsConfigured => true;

    public async Task<TranslationResult> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken)
    {
        Guard.Locale(request.TargetLanguage, "targetLanguage");
        if (request.SourceLanguage is not null) Guard.Locale(request.SourceLanguage, "sourceLanguage");
        if (request.Texts.Count == 0) throw KnowledgeException.Invalid("texts", "must hold at least one text.");
        var prompt = ChatTranslationPrompt.System(request);
        var translations = new List<string>();
        var notes = new List<string>();
        for (var i = 0; i < request.Texts.Count; i++)
        {
            var output = new StringBuilder();
            foreach (var part in Parts(request.Texts[i]))
            {
                if (!part.Any(s => s.Translatable)) { foreach (var s in part) output.Append(s.Text); continue; }
                var (masked, tokens) = Mask(part);
                var answer = await TransientRetry.RunAsync(ct => AskAsync(prompt, masked, ct), options, Name, cancellationToken);
                output.Append(MarkdownSegment.WithOuterWhitespaceOf(string.Concat(part.Select(s => s.Text)), Unmask(answer, tokens, notes, i)));
            }
            translations.Add(output.ToString());
            notes.AddRange(GlossaryCheck.Find(request.Texts[i], translations[i], request.Terms).Select(v => $"Text {i + 1}: {v.Describe()}"));
        }
        return new TranslationResult(translations, Name, request.SourceLanguage, notes);
    }

    /// <summary>The embedded detector: asking a chat model would cost a call and be no better.</summary>
    public Task<LanguageDetection> DetectAsync(string text, CancellationToken cancellationToken) =>
        Task.FromResult(detector.DetectInput(text, "text"));

    private async Task<string> AskAsync(string prompt, string text, CancellationToken cancellationToken)
    {
        var response = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, prompt), new ChatMessage(ChatRole.User, text)],
            new ChatOptions { ModelId = model, Temperature = 0 }, cancellationToken);
        var answer = response.Text;
        if (string.IsNullOrWhiteSpace(answer)) throw KnowledgeException.Unavailable($"{Name} answered with no text.");
        return answer;
    }

    // Groups Markdown blocks into calls of at most MaxCharactersPerCall characters; a block is never cut.
    private static IEnumerable<List<MarkdownSegment>> Parts(string markdown)
    {
        var part = new List<MarkdownSegment>();
        var length = 0;
        foreach (var segment in MarkdownSegment.Split(markdown))
        {
            if (segment.Translatable && segment.Text.Length > MaxCharactersPerCall)
                throw KnowledgeException.Invalid("texts", $"a paragraph of {segment.Text.Length:N0} characters exceeds the limit of {MaxCharactersPerCall:N0} characters per model call; split it into smaller paragraphs.");
            if (part.Count > 0 && length + segment.Text.Length > MaxCharactersPerCall)
            {
                yield return part;
                part = [];
                length = 0;
            }
            part.Add(segment);
            length += segment.Translatable ? segment.Text.Length : 0;
        }
        if (part.Count > 0) yield return part;
    }

    private static (string Masked, List<string> Tokens) Mask(List<MarkdownSegment> part)
    {
        var tokens = new List<string>();
        var masked = new StringBuilder();
        foreach (var segment in part)
        {
            if (!segment.Translatable && segment.Text.Trim().Length > 0)
            {
                var code = segment.Text.TrimEnd('\n');
                tokens.Add(code);
                masked.Append('⟦').Append(tokens.Count).Append('⟧').Append(segment.Text, code.Length, segment.Text.Length - code.Length);
                continue;
            }
            var text = segment.Text;
            var position = 0;
            foreach (var (start, length, _) in ProtectedSpans.Find(text, []))
            {
                tokens.Add(text.Substring(start, length));
                masked.Append(text, position, start - position).Append('⟦').Append(tokens.Count).Append('⟧');
                position = start + length;
            }
            masked.Append(text, position, text.Length - position);
        }
        return (masked.ToString(), tokens);
    }

    private static string Unmask(string answer, List<string> tokens, List<string> notes, int textIndex)
    {
        var result = answer;
        for (var t = tokens.Count; t >= 1; t--) // from the highest number, so ⟦1⟧ does not match inside ⟦10⟧
        {
            var token = $"⟦{t}⟧";
            if (result.Contains(token, StringComparison.Ordinal)) result = result.Replace(token, tokens[t - 1], StringComparison.Ordinal);
            else notes.Add($"Text {textIndex + 1}: the model dropped a protected element; restore it by hand: {tokens[t - 1]}");
        }
        return result;
    }
}
