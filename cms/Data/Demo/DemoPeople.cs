using System.Globalization;
using System.Text;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Teams;

namespace Knowledge.Cms.Data.Demo;

/// <summary>Agents, accounts and contacts of the demo.</summary>
internal static class DemoPeople
{
    public const string AnchorAccount = "Northwind Health";

    /// <summary>Three agents per team covering all six ticket languages between them, plus one lead.</summary>
    public static List<Agent> Agents(IReadOnlyList<Team> teams, Random random, DateTime today)
    {
        (string Name, string[] Languages, Seniority Level)[] roster =
        [
            ("Katrin Vogel", ["en", "de", "fr"], Seniority.Senior), ("Diego Navarro", ["en", "es"], Seniority.Mid), ("Mei Lin", ["en", "zh", "ja"], Seniority.Junior),
            ("Jonas Weber", ["en", "de"], Seniority.Lead), ("Sofía Ramos", ["en", "es", "fr"], Seniority.Mid), ("Haruto Sato", ["en", "ja", "zh"], Seniority.Mid),
            ("Claire Dubois", ["en", "fr", "de"], Seniority.Senior), ("Pablo Ortega", ["en", "es"], Seniority.Junior), ("Yuki Tanaka", ["en", "ja", "zh"], Seniority.Mid),
            ("Stefan Braun", ["en", "de", "es"], Seniority.Senior), ("Amélie Roux", ["en", "fr"], Seniority.Mid), ("Wei Zhang", ["en", "zh", "ja"], Seniority.Senior),
            ("Lena Hoffmann", ["en", "de", "fr"], Seniority.Mid), ("Carmen Ruiz", ["en", "es"], Seniority.Senior), ("Kenji Watanabe", ["en", "ja", "zh"], Seniority.Junior),
            ("Thomas Girard", ["en", "fr", "de"], Seniority.Lead), ("Lucía Moreno", ["en", "es", "fr"], Seniority.Mid), ("Xiao Chen", ["en", "zh", "ja"], Seniority.Mid),
            ("Anna Schmidt", ["en", "de", "fr"], Seniority.Senior), ("Javier López", ["en", "es"], Seniority.Mid), ("Sakura Ito", ["en", "ja", "zh"], Seniority.Senior),
            ("Hugo Martin", ["en", "fr", "de"], Seniority.Mid), ("Elena García", ["en", "es"], Seniority.Junior), ("Li Wang", ["en", "zh", "ja"], Seniority.Mid),
            ("Grace Bennett", ["en", "de"], Seniority.Lead),
        ];
        var agents = new List<Agent>();
        for (var i = 0; i < roster.Length; i++)
        {
            var team = teams[Math.Min(i / 3, teams.Count - 1)];
            var (name, languages, level) = roster[i];
            agents.Add(new Agent
            {
                Name = name,
                Email = Slug(name, ".") + "@lumen-support.example",
                TeamId = team.Id,
                Skills = [.. team.Skills.Take(2 + i % 3)],
                Languages = [.. languages],
                Seniority = level,
                Capacity = level switch { Seniority.Lead => 12, Seniority.Senior => 18, Seniority.Mid => 22, _ => 15 },
                Availability = random.Next(10) switch { < 7 => Availability.Available, 7 or 8 => Availability.Busy, _ => Availability.Away },
                TimeZone = languages[1] switch { "de" or "fr" => "Europe/Berlin", "es" => "Europe/Madrid", "ja" => "Asia/Tokyo", "zh" => "Asia/Shanghai", _ => "America/New_York" },
                CreatedAt = today.AddDays(-400 + i),
            });
        }
        return agents;
    }

    public static List<Account> Accounts(Random random, DateTime today)
    {
        var accounts = new List<Account> { Anchor(today) };
        AccountTier[] tiers = [.. Enumerable.Repeat(AccountTier.Enterprise, 8), .. Enumerable.Repeat(AccountTier.Growth, 18),
            .. Enumerable.Repeat(AccountTier.Smb, 24), .. Enumerable.Repeat(AccountTier.Free, 16)];
        var used = new HashSet<string> { AnchorAccount };
        foreach (var tier in tiers)
        {
            var region = DemoNames.Regions[random.Next(DemoNames.Regions.Length)];
            string name;
            do
            {
                var stem = DemoNames.CompanyStems[random.Next(DemoNames.CompanyStems.Length)];
                var suffix = DemoNames.CompanySuffixes[random.Next(DemoNames.CompanySuffixes.Length)];
                name = region.Suffix == "株式会社" ? $"{stem} {suffix} 株式会社" : $"{stem} {suffix} {region.Suffix}";
            } while (!used.Add(name));
            var renewal = today.AddDays(random.Next(10, 365));
            var account = new Account
            {
                Name = name,
                Domain = Slug(name, "") + ".example",
                Tier = tier,
                Arr = tier switch
                {
                    AccountTier.Enterprise => random.Next(250, 1200) * 1000m,
                    AccountTier.Growth => random.Next(40, 200) * 1000m,
                    AccountTier.Smb => random.Next(5, 30) * 1000m,
                    _ => 0m,
                },
                ContractStart = renewal.AddYears(-random.Next(1, 3)),
                RenewalDate = renewal,
                HealthScore = random.Next(25, 96),
                CsmOwner = tier is AccountTier.Enterprise or AccountTier.Growth ? DemoNames.Csms[random.Next(DemoNames.Csms.Length)] : null,
                ExpansionOpportunity = random.Next(5) == 0,
                Region = region.Region,
                TimeZone = region.TimeZone,
                Products = [.. DemoNames.Products.Where(_ => random.Next(3) > 0).DefaultIfEmpty("workspace")],
                CreatedAt = renewal.AddYears(-2),
            };
            account.CsmEmail = account.CsmOwner is null ? null : Slug(account.CsmOwner, ".") + "@lumen.example";
            account.UpdatedAt = account.CreatedAt;
            AddContacts(account, region.Locale, random);
            accounts.Add(account);
        }
        return accounts;
    }

    private static Account Anchor(DateTime today)
    {
        var account = new Account
        {
            Name = AnchorAccount, Domain = "northwindhealth.example", Tier = AccountTier.Enterprise, Arr = 840_000m,
            ContractStart = today.AddDays(45).AddYears(-3), RenewalDate = today.AddDays(45), HealthScore = 58,
            CsmOwner = "Priya Raman", CsmEmail = "priya.raman@lumen.example", ExpansionOpportunity = true,
            Region = "North America", TimeZone = "America/Chicago", Products = ["workspace", "reports", "sso", "api", "integrations"],
            CreatedAt = today.AddYears(-3), UpdatedAt = today.AddDays(-3),
        };
        account.Contacts.Add(new Contact { Name = "Dana Whitfield", Email = "dana.whitfield@northwindhealth.example", Role = ContactRole.Executive, Title = "Chief Operating Officer", PreferredLocale = "en", CreatedAt = account.CreatedAt });
        account.Contacts.Add(new Contact { Name = "Marco Bianchi", Email = "marco.bianchi@northwindhealth.example", Role = ContactRole.Admin, Title = "IT Director", PreferredLocale = "en", CreatedAt = account.CreatedAt });
        account.Contacts.Add(new Contact { Name = "Hannah Berger", Email = "hannah.berger@northwindhealth.example", Role = ContactRole.EndUser, Title = "Clinical Operations Analyst", PreferredLocale = "de", CreatedAt = account.CreatedAt });
        account.Contacts.Add(new Contact { Name = "Luis Fernández", Email = "luis.fernandez@northwindhealth.example", Role = ContactRole.EndUser, Title = "Billing Specialist", PreferredLocale = "es", CreatedAt = account.CreatedAt });
        return account;
    }

    private static void AddContacts(Account account, string locale, Random random)
    {
        var roles = account.Tier == AccountTier.Enterprise
            ? new[] { ContactRole.Executive, ContactRole.Admin, ContactRole.EndUser, ContactRole.EndUser }
            : [ContactRole.Admin, .. Enumerable.Repeat(ContactRole.EndUser, 1 + random.Next(2))];
        var index = 0;
        foreach (var role in roles)
        {
            // Most contacts write in the region's language; some international staff write in English.
            var language = random.Next(6) == 0 ? "en" : locale;
            var first = Pick(DemoNames.FirstNames[language], random);
            var last = Pick(DemoNames.LastNames[language], random);
            var name = language is "ja" or "zh" ? last + first : $"{first} {last}";
            var local = language is "ja" or "zh" ? Pick(DemoNames.RomanizedNames, random) + "." + index : Slug(name, ".");
            account.Contacts.Add(new Contact
            {
                Name = name,
                Email = $"{local}.{index++}@{account.Domain}",
                Role = role,
                Title = role switch { ContactRole.Executive => "VP Operations", ContactRole.Admin => "Workspace administrator", _ => null },
                PreferredLocale = language,
                CreatedAt = account.CreatedAt,
            });
        }
    }

    private static T Pick<T>(IReadOnlyList<T> list, Random random) => list[random.Next(list.Count)];

    /// <summary>ASCII, lowercase, separator-joined: "Müller & Söhne GmbH" → "muller.sohne.gmbh".</summary>
    public static string Slug(string text, string separator)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words.Count == 0 ? "company" : string.Join(separator, words);
    }
}
