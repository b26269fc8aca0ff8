using System.Text;

namespace Knowledge.Cms.Translation;

/// <summary>The system prompt of the chat translation provider.</summary>
internal static class ChatTranslationPrompt
{
    public static string System(TranslationRequest request)
    {
        var target = ProviderLanguages.DisplayName(request.TargetLanguage);
        var source = request.SourceLanguage is null ? "the language it is written in" : ProviderLanguages.DisplayName(request.SourceLanguage);
        var prompt = new StringBuilder()
            .AppendLine($"You translate customer-support and knowledge-base text for a software company from {source} into {target} ({request.TargetLanguage}).")
            .AppendLine("Rules:")
            .AppendLine("- Answer with the translation only: no explanations, no quotes, no code fence around the answer.")
            .AppendLine("- Keep the Markdown structure exactly: headings, lists and their numbering, tables, emphasis, line breaks and blank lines.")
            .AppendLine("- Tokens such as ⟦1⟧ stand for code, links or references: copy every token exactly once, unchanged, where it belongs.")
            .AppendLine("- Keep link targets, [KB:…] references, product and feature names, version numbers, placeholders such as {name} and anything in backticks unchanged; translate link texts.")
            .AppendLine("- Translate meaning, not word for word, in the natural style of a native support agent; do not add or drop information.");
        if (request.RegisterInstruction is { } register) prompt.AppendLine("- Register: " + register);
        else prompt.AppendLine(request.Formality switch
        {
            Formality.Formal => "- Use the formal, polite register (for example German 'Sie', French 'vous', Spanish 'usted', Japanese desu/masu with keigo where a support agent would use it).",
            Formality.Informal => "- Use the informal register (for example German 'du', French 'tu', Spanish 'tú', Japanese plain polite form without keigo).",
            _ => "- Keep the register of the source text.",
        });
        var preferred = request.Terms.Where(t => !t.IsProtected).ToList();
        var protectedTerms = request.Terms.Where(t => t.IsProtected).ToList();
        if (preferred.Count > 0)
            prompt.AppendLine("- Glossary, always use these translations: " + string.Join("; ", preferred.Select(t => $"\"{t.Source}\" → \"{t.Target}\"")) + ".");
        if (protectedTerms.Count > 0)
            prompt.AppendLine("- Never translate these terms: " + string.Join(", ", protectedTerms.Select(t => $"\"{t.Source}\"")) + ".");
        return prompt.ToString();
    }
}
