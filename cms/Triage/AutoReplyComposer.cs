using Knowledge.Cms.Triage.KnowledgeMatching;

namespace Knowledge.Cms.Triage;

/// <summary>Words an automatic reply citing a KB article in the customer's language (en, de, fr, es, ja, zh).</summary>
internal static class AutoReplyComposer
{
    public const string DraftPrefix = "[Draft reply suggested by triage — review and send]\n\n";

    private static readonly Dictionary<string, string> Templates = new()
    {
        ["en"] = "Hello,\n\nthank you for contacting us. This article from our help center explains how to solve this:\n\n{title} [KB: {slug}]\n{summary}\n\nIf it does not solve the problem, just reply to this message and an agent will take over.",
        ["de"] = "Hallo,\n\nvielen Dank für Ihre Nachricht. Dieser Artikel aus unserem Hilfe-Center erklärt, wie Sie das Problem lösen:\n\n{title} [KB: {slug}]\n{summary}\n\nFalls er nicht hilft, antworten Sie einfach auf diese Nachricht – dann übernimmt ein Mitarbeiter.",
        ["fr"] = "Bonjour,\n\nmerci de nous avoir contactés. Cet article de notre centre d'aide explique comment résoudre ce problème :\n\n{title} [KB: {slug}]\n{summary}\n\nS'il ne résout pas le problème, répondez simplement à ce message et un agent prendra le relais.",
        ["es"] = "Hola:\n\ngracias por contactarnos. Este artículo de nuestro centro de ayuda explica cómo resolverlo:\n\n{title} [KB: {slug}]\n{summary}\n\nSi no resuelve el problema, responda a este mensaje y un agente se hará cargo.",
        ["ja"] = "お問い合わせいただきありがとうございます。\n\nヘルプセンターの次の記事で解決方法をご案内しています。\n\n{title} [KB: {slug}]\n{summary}\n\n解決しない場合は、このメッセージにご返信ください。担当者が対応いたします。",
        ["zh"] = "您好，\n\n感谢您联系我们。帮助中心的这篇文章介绍了解决方法：\n\n{title} [KB: {slug}]\n{summary}\n\n如果问题仍未解决，请直接回复此消息，我们的客服人员将为您处理。",
    };

    /// <summary>The template follows the article's locale (the ticket's language when a variant exists, else the fallback).</summary>
    public static string Compose(string language, KnowledgeMatch match)
    {
        var locale = match.Locale.Split('-')[0];
        var template = Templates.GetValueOrDefault(locale) ?? Templates.GetValueOrDefault(language) ?? Templates["en"];
        return template.Replace("{title}", match.Title).Replace("{slug}", match.Slug).Replace("{summary}", match.Summary ?? "");
    }
}
