namespace Knowledge.Cms.Churn;

/// <summary>Words customers use when they are leaving, in every supported language (matched case-insensitively).</summary>
public static class ChurnPhrases
{
    public static readonly IReadOnlyList<string> All =
    [
        // en
        "cancel", "cancellation", "downgrade", "not renew", "won't renew", "terminate", "switching to", "looking at alternatives", "competitor", "refund",
        // de
        "kündigen", "kündigung", "herabstufen", "nicht verlängern", "wechseln zu", "alternativen", "vertrag beenden",
        // fr
        "résilier", "résiliation", "annuler", "rétrograder", "ne pas renouveler", "alternatives", "concurrent",
        // es
        "cancelar", "cancelación", "rebajar", "no renovar", "alternativas", "competencia", "dar de baja",
        // ja
        "解約", "キャンセル", "ダウングレード", "更新しない", "乗り換え", "他社",
        // zh
        "取消", "解约", "降级", "不续约", "不再续费", "换成", "竞争对手",
    ];

    public static int Count(string text) => All.Count(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
}
