using System.Text.RegularExpressions;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Triage.Rules;

/// <summary>A diagnostic the ticket lacks and the question to ask for it, in the ticket's language.</summary>
public sealed record MissingItem(string Item, string Question);

/// <summary>
/// Checks a problem report for the three diagnostics agents ask for most (version, steps to reproduce, the error
/// message) and words the question in the ticket's language (en, de, fr, es, ja, zh; English otherwise).
/// </summary>
internal static partial class MissingInformationDetector
{
    private static readonly Dictionary<string, Dictionary<string, string>> Questions = new()
    {
        ["version"] = new()
        {
            ["en"] = "Which version of the app (and which browser or device and OS) are you using?",
            ["de"] = "Welche Version der App (und welchen Browser bzw. welches Gerät und Betriebssystem) verwenden Sie?",
            ["fr"] = "Quelle version de l'application (et quel navigateur ou appareil et système) utilisez-vous ?",
            ["es"] = "¿Qué versión de la aplicación (y qué navegador o dispositivo y sistema) utiliza?",
            ["ja"] = "ご利用のアプリのバージョン（およびブラウザまたは端末とOS）を教えていただけますか？",
            ["zh"] = "请问您使用的是哪个版本的应用（以及哪种浏览器或设备和操作系统）？",
        },
        ["steps"] = new()
        {
            ["en"] = "What are the exact steps that lead to the problem?",
            ["de"] = "Mit welchen Schritten lässt sich das Problem genau nachstellen?",
            ["fr"] = "Quelles sont les étapes exactes qui mènent au problème ?",
            ["es"] = "¿Cuáles son los pasos exactos que llevan al problema?",
            ["ja"] = "問題が発生するまでの具体的な手順を教えていただけますか？",
            ["zh"] = "请问出现问题前的具体操作步骤是什么？",
        },
        ["error-message"] = new()
        {
            ["en"] = "What is the exact error message or code you see (a screenshot helps)?",
            ["de"] = "Wie lautet die genaue Fehlermeldung oder der Fehlercode (ein Screenshot hilft)?",
            ["fr"] = "Quel est le message ou le code d'erreur exact affiché (une capture d'écran aide) ?",
            ["es"] = "¿Cuál es el mensaje o código de error exacto (una captura de pantalla ayuda)?",
            ["ja"] = "表示されるエラーメッセージまたはエラーコードを正確に教えてください（スクリーンショットがあると助かります）。",
            ["zh"] = "请提供您看到的确切错误信息或错误代码（附上截图会更有帮助）。",
        },
    };

    public static IReadOnlyList<MissingItem> Detect(string text, Severity severity, string language)
    {
        if (severity == Severity.Question) return [];
        var lower = text.ToLowerInvariant();
        var missing = new List<string>();
        if (severity != Severity.Outage && !VersionPattern().IsMatch(text) && !ContainsAny(lower, VersionWords)) missing.Add("version");
        if (severity != Severity.Outage && !StepsPattern().IsMatch(text) && !ContainsAny(lower, StepWords)) missing.Add("steps");
        if (!ErrorCodePattern().IsMatch(text) && !QuotedPattern().IsMatch(text) && !ContainsAny(lower, ErrorWords)) missing.Add("error-message");
        return missing.Select(item => new MissingItem(item, Question(item, language))).ToList();
    }

    public static string Question(string item, string language)
    {
        var byLanguage = Questions[item];
        return byLanguage.TryGetValue(language, out var q) ? q : byLanguage["en"];
    }

    private static readonly string[] VersionWords = ["version", "versión", "バージョン", "版本", "chrome", "firefox", "safari", "edge", "ios", "android", "windows", "macos", "ubuntu"];
    private static readonly string[] StepWords = ["steps", "schritte", "étapes", "pasos", "手順", "步骤", "when i ", "wenn ich", "quand je", "cuando ", "click", "klick", "cliqu", "clic", "クリック", "点击"];
    private static readonly string[] ErrorWords = ["error", "fehler", "erreur", "エラー", "错误", "报错", "exception", "failed", "fehlgeschlagen", "échec", "falló"];

    private static bool ContainsAny(string lower, IEnumerable<string> words) => words.Any(w => lower.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"\b\d+\.\d+(\.\d+)?\b")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"(^|\n)\s*\d+[\.\)]\s+\S|→|->")]
    private static partial Regex StepsPattern();

    [GeneratedRegex(@"\b[A-Z]{2,}-\d{3,}\b|\b[45]\d\d\b")]
    private static partial Regex ErrorCodePattern();

    [GeneratedRegex(@"[""„“«「][^""“”»」]{4,}[""“”»」]")]
    private static partial Regex QuotedPattern();
}
