using System.Globalization;
using System.Text.RegularExpressions;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Data.Demo;

/// <summary>
/// Turns the hand-written ticket templates into a year of tickets with threads. Labels (issue type, emotion,
/// severity) come from the template, so they are consistent; priority, status and dates follow simple rules.
/// </summary>
internal sealed partial class DemoTicketGenerator(DemoContent content, Random random, DateTime today)
{
    private static readonly string[] Browsers = ["Chrome 131", "Firefox 133", "Safari 18.2", "Edge 131"];
    private static readonly string[] Systems = ["Windows 11", "macOS 15.1", "iOS 18.1", "Android 15", "Ubuntu 24.04"];
    private static readonly string[] Integrations = ["Salesforce", "Slack", "Jira", "Zapier", "Microsoft Teams"];
    private static readonly string[] ProductNames = ["Lumen Workspace", "Lumen iOS", "Lumen Android", "Lumen API", "Lumen Reports"];

    public List<Ticket> Generate(int count, IReadOnlyList<Account> accounts, IReadOnlyList<Agent> agents, IReadOnlyList<IssueType> issueTypes)
    {
        var weightedAccounts = accounts.SelectMany(a => Enumerable.Repeat(a, a.Tier switch
        {
            AccountTier.Enterprise => 4, AccountTier.Growth => 3, AccountTier.Smb => 2, _ => 1,
        })).ToList();
        var tickets = new List<Ticket>(count);
        for (var i = 0; i < count; i++)
        {
            var account = weightedAccounts[random.Next(weightedAccounts.Count)];
            var contact = account.Contacts[random.Next(account.Contacts.Count)];
            var language = content.Tickets.ContainsKey(contact.PreferredLocale) ? contact.PreferredLocale : "en";
            var issueType = issueTypes[random.Next(issueTypes.Count)];
            var file = content.Tickets[language];
            if (!file.IssueTypes.TryGetValue(issueType.Slug, out var templates) || templates.Count == 0) continue;
            var template = templates[random.Next(templates.Count)];
            tickets.Add(Build(account, contact, language, issueType, template, file, agents));
        }
        return tickets;
    }

    private Ticket Build(Account account, Contact contact, string language, IssueType issueType,
        DemoContent.TicketTemplate template, DemoContent.TicketFile file, IReadOnlyList<Agent> agents)
    {
        var culture = CultureFor(language);
        var firstName = FirstName(contact.Name, language);
        var slots = new Dictionary<string, string>
        {
            ["name"] = firstName,
            ["company"] = account.Name,
            ["product"] = ProductNames[random.Next(ProductNames.Length)],
            ["version"] = $"4.{random.Next(9, 15)}.{random.Next(0, 10)}",
            ["browser"] = Browsers[random.Next(Browsers.Length)],
            ["os"] = Systems[random.Next(Systems.Length)],
            ["errorCode"] = $"LW-{random.Next(4001, 5100)}",
            ["invoiceNumber"] = $"INV-{today.Year}-{random.Next(10000, 99999)}",
            ["amount"] = (random.Next(120, 48000) + random.Next(100) / 100m).ToString("C", culture),
            ["count"] = random.Next(3, 400).ToString(culture),
            ["integration"] = Integrations[random.Next(Integrations.Length)],
        };
        var created = today.AddDays(-random.Next(0, 365)).AddMinutes(-random.Next(0, 24 * 60));
        slots["date"] = created.AddDays(-random.Next(1, 10)).ToString("d", culture);

        var severity = Enum.Parse<Severity>(template.Severity, true);
        var emotion = Enum.Parse<Emotion>(template.Emotion, true);
        var priority = PriorityFor(issueType.DefaultPriority, severity, account.Tier);
        var ageDays = (today - created).TotalDays;
        var status = StatusFor(ageDays);
        var team = issueType.OwningTeamId;
        var candidates = agents.Where(a => a.TeamId == team).ToList();
        var speakers = candidates.Where(a => a.Languages.Contains(language)).ToList();
        var assignee = status == TicketStatus.New ? null : Pick(speakers.Count > 0 ? speakers : candidates);
        var (firstResponse, resolution) = SlaDefaults.For(priority);

        var ticket = new Ticket
        {
            Subject = Fill(template.Subject, slots),
            Body = Fill(template.Body, slots),
            Channel = (Channel)random.Next(5),
            Language = language,
            Status = status,
            Priority = priority,
            Severity = severity,
            Emotion = emotion,
            IssueTypeId = issueType.Id,
            TeamId = team,
            AssigneeId = assignee?.Id,
            AccountId = account.Id,
            RequesterId = contact.Id,
            Tags = [.. (template.MissingInfo ?? []).Select(m => "needs-" + m), .. account.Tier == AccountTier.Enterprise ? new[] { "vip" } : []],
            CreatedAt = created,
            FirstResponseDueAt = created + firstResponse,
            ResolutionDueAt = created + resolution,
        };
        ticket.Messages.Add(new TicketMessage { Kind = MessageKind.Customer, Body = ticket.Body, AuthorContactId = contact.Id, CreatedAt = created });
        var at = created;
        if (assignee is not null)
        {
            at = at.AddMinutes(random.Next(5, (int)firstResponse.TotalMinutes + 30));
            ticket.FirstRespondedAt = at;
            ticket.Messages.Add(new TicketMessage { Kind = MessageKind.Agent, Body = Fill(Pick(file.AgentReplies)!, slots), AuthorAgentId = assignee.Id, CreatedAt = at });
            if (random.Next(10) < 3)
            {
                at = at.AddMinutes(random.Next(2, 90));
                ticket.Messages.Add(new TicketMessage { Kind = MessageKind.InternalNote, Body = Fill(Pick(file.InternalNotes)!, slots), AuthorAgentId = assignee.Id, CreatedAt = at });
            }
            if (random.Next(10) < 6 && file.CustomerFollowUps.TryGetValue(emotion.ToString().ToUpperInvariant(), out var followUps) && followUps.Count > 0)
            {
                at = at.AddHours(random.Next(1, 30));
                ticket.Messages.Add(new TicketMessage { Kind = MessageKind.Customer, Body = Fill(Pick(followUps)!, slots), AuthorContactId = contact.Id, CreatedAt = at });
            }
        }
        if (status is TicketStatus.Resolved or TicketStatus.Closed)
        {
            ticket.ResolvedAt = at.AddHours(random.Next(1, (int)Math.Max(2, resolution.TotalHours)));
            if (random.Next(10) < 7) ticket.Csat = CsatFor(emotion);
        }
        var last = ticket.ResolvedAt ?? at;
        ticket.UpdatedAt = last > today ? today : last;
        return ticket;
    }

    private static Priority PriorityFor(Priority byType, Severity severity, AccountTier tier)
    {
        var level = (int)byType;
        if (severity == Severity.Outage) level = 0;
        else if (severity == Severity.Degraded) level = Math.Min(level, 1);
        if (tier == AccountTier.Enterprise && level > 0) level--;
        return (Priority)level;
    }

    private TicketStatus StatusFor(double ageDays) => ageDays switch
    {
        > 14 => random.Next(10) < 6 ? TicketStatus.Resolved : TicketStatus.Closed,
        > 3 => (TicketStatus)new[] { 4, 4, 1, 2, 3 }[random.Next(5)],
        _ => (TicketStatus)new[] { 0, 0, 1, 1, 2, 3 }[random.Next(6)],
    };

    private int CsatFor(Emotion emotion) => emotion switch
    {
        Emotion.Angry => random.Next(1, 4),
        Emotion.Frustrated => random.Next(2, 5),
        Emotion.Positive => random.Next(4, 6),
        _ => random.Next(3, 6),
    };

    private T? Pick<T>(IReadOnlyList<T> list) => list.Count == 0 ? default : list[random.Next(list.Count)];

    private static string FirstName(string fullName, string language) =>
        language is "ja" or "zh" ? fullName : fullName.Split(' ')[0];

    private static CultureInfo CultureFor(string language) => CultureInfo.GetCultureInfo(language switch
    {
        "de" => "de-DE", "fr" => "fr-FR", "es" => "es-ES", "ja" => "ja-JP", "zh" => "zh-CN", _ => "en-US",
    });

    private static string Fill(string text, IReadOnlyDictionary<string, string> slots) =>
        SlotPattern().Replace(text, m => slots.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex SlotPattern();
}
