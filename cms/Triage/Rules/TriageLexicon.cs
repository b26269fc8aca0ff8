namespace Knowledge.Cms.Triage.Rules;

/// <summary>
/// Phrases that move priority or raise escalations, in every supported language (en, de, fr, es, ja, zh). Matched on
/// lower-cased text as substrings, so inflections that share a stem are caught ("kündig" → kündigen, Kündigung).
/// </summary>
internal static class TriageLexicon
{
    public static readonly IReadOnlyList<string> Cancel =
    [
        "cancel", "terminate our contract", "switch to another vendor", "switching to a competitor", "churn",
        "kündig", "vertrag beenden", "anbieter wechseln", "zur konkurrenz",
        "résili", "annuler notre abonnement", "changer de fournisseur",
        "cancelar", "dar de baja", "rescindir", "cambiar de proveedor",
        "解約", "キャンセル", "契約を終了",
        "取消订阅", "取消合同", "解约", "退订", "终止合同",
    ];

    public static readonly IReadOnlyList<string> Legal =
    [
        "lawyer", "attorney", "legal action", "legal department", "sue ", "lawsuit", "court", "breach of contract",
        "anwalt", "rechtsanwalt", "rechtliche schritte", "klage", "gericht", "vertragsbruch", "rechtsabteilung",
        "avocat", "action en justice", "poursuite", "tribunal", "service juridique", "mise en demeure",
        "abogado", "acciones legales", "demanda", "tribunal", "departamento legal", "incumplimiento de contrato",
        "弁護士", "法的措置", "訴訟", "法務部", "裁判",
        "律师", "法律行动", "起诉", "诉讼", "法院", "法务",
    ];

    public static readonly IReadOnlyList<string> Regulator =
    [
        "regulator", "data protection authority", "gdpr complaint", "ombudsman", "report you to",
        "aufsichtsbehörde", "datenschutzbehörde", "behörde melden", "bafin",
        "cnil", "autorité de contrôle", "régulateur",
        "regulador", "agencia de protección de datos", "aepd",
        "監督官庁", "規制当局", "個人情報保護委員会",
        "监管机构", "监管部门", "投诉到",
    ];

    public static readonly IReadOnlyList<string> Executive =
    [
        "ceo", "cto", "cfo", "executive", "vp of", "board of directors", "escalate this",
        "geschäftsführ", "vorstand", "geschäftsleitung", "eskalier",
        "pdg", "directeur général", "direction générale", "escalader",
        "director general", "consejero delegado", "dirección", "escalar",
        "社長", "役員", "経営陣", "エスカレーション",
        "首席执行官", "总裁", "高管", "管理层", "升级处理",
    ];

    public static readonly IReadOnlyList<string> BusinessImpact =
    [
        "revenue", "production", "all users", "everyone", "data loss", "lost data", "customers affected", "losing money", "deadline",
        "umsatz", "produktion", "alle nutzer", "alle benutzer", "alle mitarbeiter", "datenverlust", "daten verloren", "kunden betroffen",
        "chiffre d'affaires", "production", "tous les utilisateurs", "perte de données", "données perdues", "clients touchés",
        "ingresos", "producción", "todos los usuarios", "pérdida de datos", "datos perdidos", "clientes afectados",
        "売上", "本番", "全ユーザー", "全員", "データ損失", "データが消え",
        "收入", "营收", "生产环境", "所有用户", "数据丢失", "全部用户",
    ];

    public static readonly IReadOnlyList<string> Outage =
    [
        "down", "outage", "unreachable", "nothing loads", "502", "503", "not loading for anyone",
        "ausfall", "nicht erreichbar", "geht gar nichts", "komplett down", "lädt nicht",
        "panne", "indisponible", "inaccessible", "hors service",
        "caído", "caida", "caída", "no carga", "inaccesible", "fuera de servicio",
        "障害", "ダウン", "つながらない", "繋がらない", "アクセスできない",
        "宕机", "无法访问", "服务中断", "打不开",
    ];

    /// <summary>A customer saying a suggested answer did not solve the problem.</summary>
    public static readonly IReadOnlyList<string> DidNotHelp =
    [
        "didn't help", "did not help", "doesn't help", "not helpful", "didn't work", "did not work", "still not working", "still doesn't", "still can't", "still cannot", "no luck",
        "hat nicht geholfen", "hilft nicht", "funktioniert immer noch nicht", "klappt nicht", "hat nicht funktioniert",
        "n'a pas aidé", "ne m'a pas aidé", "ne fonctionne toujours pas", "ça ne marche pas", "n'a pas fonctionné",
        "no ayudó", "no me ayudó", "no sirvió", "sigue sin funcionar", "no funcionó",
        "役に立たない", "解決しない", "解決しませんでした", "まだ動かない", "うまくいかない",
        "没有帮助", "没用", "还是不行", "仍然无法", "没有解决",
    ];

    public static IReadOnlyList<string> Matches(string lowerText, IReadOnlyList<string> phrases) =>
        phrases.Where(p => Contains(lowerText, p)).Distinct().ToList();

    /// <summary>
    /// Latin phrases must start at a word boundary, and short ones (≤ 5 characters) end at one too, so "down" does
    /// not match "download" nor "cto" "director"; longer ones may be stems. CJK phrases match anywhere.
    /// </summary>
    private static bool Contains(string text, string phrase)
    {
        var latin = phrase.All(c => c < 0x3000);
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (!latin) return true;
            var startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + phrase.Length;
            var endOk = phrase.Trim().Length > 5 || end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk) return true;
        }
        return false;
    }
}
