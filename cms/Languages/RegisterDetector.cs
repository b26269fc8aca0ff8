using System.Text.RegularExpressions;

namespace Knowledge.Cms.Languages;

/// <summary>
/// Reads the register of a customer's text: T–V address for European languages, Russian and Turkish (Sie/du, vous/tu,
/// usted/tú, u/je, вы/ты…), 您/你, Thai polite particles, and for Japanese the keigo level (plain form, teineigo
/// です/ます, sonkeigo/kenjōgo いらっしゃる/いただく/ございます…) and Korean speech levels (합니다체, 해요체, 반말) from
/// sentence endings. Code, URLs and log lines are removed first. Small, rule-based and explainable: the evidence
/// says which words decided.
/// </summary>
public static partial class RegisterDetector
{
    private const int MaxAnalyzedLength = 20_000;

    public static RegisterAnalysis Analyze(string text, string language)
    {
        var lang = Common.Locales.Language(language);
        var clean = DetectableText.Clean(text.Length > MaxAnalyzedLength ? text[..MaxAnalyzedLength] : text);
        return lang switch
        {
            "ja" => Japanese(clean),
            "ko" => Korean(clean),
            _ when RegisterRules.ByLanguage.TryGetValue(lang, out var rule) => ByMarkers(clean, rule),
            _ => RegisterAnalysis.Unknown(lang, $"No register rules for '{lang}'; the text's formality was not judged."),
        };
    }

    private static RegisterAnalysis ByMarkers(string text, RegisterRule rule)
    {
        var formal = Matches(rule.Formal, text);
        var informal = Matches(rule.Informal, text);
        var neutral = rule.Neutral is null ? [] : Matches(rule.Neutral, text);
        var (formality, level, evidence) = (formal.Count, informal.Count) switch
        {
            (> 0, > 0) when formal.Count >= 2 * informal.Count => (RegisterFormality.Formal, rule.FormalLevel, formal),
            (> 0, > 0) when informal.Count >= 2 * formal.Count => (RegisterFormality.Informal, rule.InformalLevel, informal),
            (> 0, > 0) => (RegisterFormality.Mixed, $"{rule.FormalLevel} and {rule.InformalLevel}", formal.Concat(informal).ToList()),
            (> 0, _) => (RegisterFormality.Formal, rule.FormalLevel, formal),
            (_, > 0) => (RegisterFormality.Informal, rule.InformalLevel, informal),
            _ when neutral.Count > 0 => (RegisterFormality.Neutral, rule.NeutralLevel, neutral),
            _ => (RegisterFormality.Unknown, (string?)null, new List<string>()),
        };
        var shown = Distinct(evidence);
        var note = formality switch
        {
            RegisterFormality.Unknown => "No marker of formal or familiar address found.",
            RegisterFormality.Mixed => $"Mixed address: {Quote(Distinct(formal))} ({rule.FormalLevel}) and {Quote(Distinct(informal))} ({rule.InformalLevel}).",
            _ => $"The customer writes with '{level}' ({Describe(formality)}): {Quote(shown)}.",
        };
        if (rule.Caveat is not null) note += " " + rule.Caveat;
        return new RegisterAnalysis(rule.Language, formality, level, shown, note);
    }

    private static RegisterAnalysis Japanese(string text)
    {
        var keigo = Matches(Keigo(), text);
        int polite = 0, plain = 0;
        var plainEndings = new List<string>();
        foreach (var sentence in Sentences(text).Where(s => Kana().IsMatch(s)))
        {
            if (Teineigo().IsMatch(sentence) || Keigo().IsMatch(sentence)) polite++;
            else
            {
                plain++;
                var trimmed = sentence.TrimEnd();
                plainEndings.Add(trimmed.Length > 6 ? "…" + trimmed[^6..] : trimmed);
            }
        }
        if (keigo.Count > 0)
            return new RegisterAnalysis("ja", RegisterFormality.Formal, "sonkeigo/kenjōgo", Distinct(keigo),
                $"The customer writes in keigo (honorific/humble forms: {Quote(Distinct(keigo))}); reply in keigo with teineigo endings.");
        if (polite > 0 && plain > polite)
            return new RegisterAnalysis("ja", RegisterFormality.Mixed, "teineigo and plain", Distinct(plainEndings),
                $"Mostly plain form ({plain} of {polite + plain} sentences) with some です/ます.");
        if (polite > 0)
            return new RegisterAnalysis("ja", RegisterFormality.Neutral, "teineigo", Distinct(Matches(Teineigo(), text)),
                $"The customer writes in teineigo (です/ます, {polite} of {polite + plain} sentences) without honorific keigo.");
        if (plain > 0)
            return new RegisterAnalysis("ja", RegisterFormality.Informal, "plain", Distinct(plainEndings),
                "The customer writes in plain form (no です/ます). Support still answers in teineigo: plain form towards a customer reads as rude.");
        return RegisterAnalysis.Unknown("ja", "No Japanese sentence to judge.");
    }

    private static RegisterAnalysis Korean(string text)
    {
        List<string> hapsyo = [], haeyo = [], banmal = [];
        foreach (var sentence in Sentences(text))
        {
            var s = sentence.TrimEnd(' ', '~', '^', 'ㅠ', 'ㅜ', 'ㅋ', 'ㅎ', '.', '?', '!');
            if (s.Length == 0 || !IsHangulSyllable(s[^1])) continue;
            if (s.EndsWith("니다", StringComparison.Ordinal) || s.EndsWith("니까", StringComparison.Ordinal) || s.EndsWith("십시오", StringComparison.Ordinal)) hapsyo.Add(Tail(s));
            else if (s.EndsWith('요')) haeyo.Add(Tail(s));
            else banmal.Add(Tail(s));
        }
        var total = hapsyo.Count + haeyo.Count + banmal.Count;
        if (total == 0) return RegisterAnalysis.Unknown("ko", "No Korean sentence ending to judge.");
        if (banmal.Count > 0 && banmal.Count * 2 >= total && hapsyo.Count + haeyo.Count > 0)
            return new RegisterAnalysis("ko", RegisterFormality.Mixed, "반말 and 존댓말", Distinct(banmal), $"Mixed speech levels: {banmal.Count} of {total} sentences end in 반말.");
        if (banmal.Count * 2 > total)
            return new RegisterAnalysis("ko", RegisterFormality.Informal, "반말", Distinct(banmal),
                "The customer writes in 반말 (plain speech). Support still answers in 해요체: 반말 towards a customer reads as rude.");
        if (hapsyo.Count >= haeyo.Count)
            return new RegisterAnalysis("ko", RegisterFormality.Formal, "합니다체", Distinct(hapsyo), $"The customer writes in formal 합니다체 ({Quote(Distinct(hapsyo))}).");
        return new RegisterAnalysis("ko", RegisterFormality.Neutral, "해요체", Distinct(haeyo), $"The customer writes in polite 해요체 ({Quote(Distinct(haeyo))}).");
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static List<string> Matches(Regex regex, string text) =>
        regex.Matches(text).Select(m => m.Value.Trim()).Where(v => v.Length > 0).ToList();

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Distinct(StringComparer.OrdinalIgnoreCase).Take(6).ToList();

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"“{v}”"));

    private static string Tail(string sentence) => sentence.Length > 5 ? "…" + sentence[^5..] : sentence;

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static string Describe(RegisterFormality formality) => formality switch
    {
        RegisterFormality.Formal => "formal",
        RegisterFormality.Neutral => "polite, not formal",
        _ => "familiar",
    };

    [GeneratedRegex(@"(?<=[。．！？!?])|\n+|(?<=[.](?=\s))")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\u3040-\u30FF]")]
    private static partial Regex Kana();

    [GeneratedRegex(@"です|ます|ました|ません|でした|でしょう|ましょう|ください|下さい")]
    private static partial Regex Teineigo();

    // Honorific (sonkeigo), humble (kenjōgo) and very polite forms a customer uses towards a company.
    [GeneratedRegex(@"いらっしゃ|おっしゃ|ございま|いただ|頂き|頂け|頂い|くださいませ|申し上げ|申します|存じ|伺|参りま|致しま|いたしま|恐れ入|恐縮|お手数|幸いです|なさ")]
    private static partial Regex Keigo();
}
