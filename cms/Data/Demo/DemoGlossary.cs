using Knowledge.Cms.Translation;

namespace Knowledge.Cms.Data.Demo;

/// <summary>The demo glossary: product names protected everywhere, and preferred translations of a few product terms.</summary>
internal static class DemoGlossary
{
    public static IReadOnlyList<GlossaryEntry> Entries(DateTime today)
    {
        var entries = new List<GlossaryEntry>
        {
            Protected("Lumen Workspace", "Product name."),
            Protected("Knowledge", "Product name: the knowledge base. Only the capitalised word is the name.", caseSensitive: true),
            Protected("SSO", "Abbreviation kept in every language.", caseSensitive: true),
            Protected("Okta", "Identity provider (a brand)."),
        };
        var preferred = new (string Locale, string Term, string Translation)[]
        {
            ("de", "two-factor authentication", "Zwei-Faktor-Authentifizierung"),
            ("de", "workspace", "Arbeitsbereich"),
            ("de", "ticket", "Ticket"),
            ("fr", "two-factor authentication", "authentification à deux facteurs"),
            ("fr", "workspace", "espace de travail"),
            ("es", "two-factor authentication", "autenticación en dos pasos"),
            ("es", "workspace", "espacio de trabajo"),
            ("ja", "two-factor authentication", "2要素認証"),
            ("ja", "workspace", "ワークスペース"),
            ("pt-BR", "two-factor authentication", "autenticação de dois fatores"),
        };
        entries.AddRange(preferred.Select(p => new GlossaryEntry
        {
            Locale = p.Locale, SourceTerm = p.Term, Translation = p.Translation, Note = "House style.", CreatedAt = today, UpdatedAt = today,
        }));
        return entries;

        GlossaryEntry Protected(string term, string note, bool caseSensitive = false) => new()
        {
            Locale = GlossaryEntry.AnyLocale, SourceTerm = term, CaseSensitive = caseSensitive, Note = note, CreatedAt = today, UpdatedAt = today,
        };
    }
}
