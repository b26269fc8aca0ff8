using System.Globalization;
using Knowledge.Cms.Accounts;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Tickets;
using Knowledge.Cms.Triage.KnowledgeMatching;
using Knowledge.Cms.Triage.Learning;
using Knowledge.Cms.Triage.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Triage;

/// <summary>
/// Decides about one text: issue type (with confidence and secondary types), severity, emotion, missing diagnostics,
/// priority, team and agent, escalation reasons and whether a KB article answers it. Reads, never writes.
/// </summary>
public sealed class TriageEngine
{
    private static readonly TicketStatus[] OpenStatuses = [TicketStatus.New, TicketStatus.Open, TicketStatus.AwaitingCustomer, TicketStatus.Escalated];
    private readonly KnowledgeDbContext db;
    private readonly Languages.LanguageDetector languages;
    private readonly TaxonomyReader taxonomy;
    private readonly TriageModels models;
    private readonly IKnowledgeMatcher matcher;
    private readonly TriageOptions options;
    private readonly IClock clock;
    private readonly Sla.SlaPolicies slaPolicies;
    private readonly AccountTier tierWithoutAccount;

    internal TriageEngine(KnowledgeDbContext db, TaxonomyReader taxonomy, TriageModels models, IKnowledgeMatcher matcher, IOptions<TriageOptions> options, IClock clock, Languages.LanguageDetector languages,
        Sla.SlaPolicies slaPolicies, IOptions<Sla.SlaOptions> slaOptions)
    {
        this.slaPolicies = slaPolicies;
        tierWithoutAccount = slaOptions.Value.TierWithoutAccount;
        this.languages = languages;
        this.db = db;
        this.taxonomy = taxonomy;
        this.models = models;
        this.matcher = matcher;
        this.options = options.Value;
        this.clock = clock;
    }

    /// <summary>The dry run behind <c>classifyText</c>: the same checks as a new ticket, nothing saved.</summary>
    public async Task<TriageDecision> ClassifyTextAsync(string? subject, string? text, string? language, int? accountId, CancellationToken cancellationToken)
    {
        var body = Guard.Required(text, "input.text", TicketLimits.BodyMaxLength);
        var title = Guard.Optional(subject, "input.subject", TicketLimits.SubjectMaxLength) ?? "";
        var locale = language is null ? null : Guard.Locale(language, "input.language");
        if (accountId is { } id && !await db.Accounts.AnyAsync(a => a.Id == id, cancellationToken)) throw KnowledgeException.NotFound("Account", id.ToString());
        return await DecideAsync(new TriageRequest(title, body, locale, accountId), cancellationToken);
    }

    public async Task<TriageDecision> DecideAsync(TriageRequest request, CancellationToken cancellationToken)
    {
        var text = request.Text;
        var lower = text.ToLowerInvariant();
        var language = request.Language is { } given ? Locales.Language(given) : languages.Detect(text) is { IsDetermined: true } detected ? detected.Language : "en";
        var snapshot = await taxonomy.GetSnapshotAsync(cancellationToken);
        var hasProse = TextSignals.HasProse(text);

        var issueModel = models.Get(ModelKind.IssueType);
        var prediction = issueModel?.Classifier.Predict(text);
        var issueType = prediction is not null && snapshot.IssueTypesBySlug.TryGetValue(prediction.Label, out var it) ? it : null;
        var confidence = hasProse ? prediction?.Confidence ?? 0 : Math.Min(prediction?.Confidence ?? 0, 0.05f);
        var queued = issueType is null || confidence < options.ConfidenceThreshold;
        var secondary = (prediction?.Ranked ?? []).Skip(1).Take(2)
            .Where(s => s.Probability >= options.SecondaryThreshold && snapshot.IssueTypesBySlug.ContainsKey(s.Label))
            .Select(s => new SecondaryIssueType(snapshot.IssueTypesBySlug[s.Label].Id, s.Label, Math.Round(s.Probability, 4))).ToList();

        var severity = PredictSeverity(text, issueType);
        var (emotion, emotionConfidence, negative) = PredictEmotion(text, language);
        // Diagnostics are asked for problems only: not for questions, whatever wording the customer chose.
        var missing = hasProse && issueType?.DefaultSeverity != Severity.Question ? MissingInformationDetector.Detect(text, severity, language) : [];

        var account = request.AccountId is { } accountId
            ? await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Id, a.Tier }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var executive = request.RequesterId is { } requesterId
                        && await db.Contacts.AsNoTracking().AnyAsync(c => c.Id == requesterId && c.Role == ContactRole.Executive, cancellationToken);
        var now = clock.UtcNow;
        var (repeats, mergeWith) = account is not null && issueType is not null && !queued
            ? await RecentSameIssueAsync(account.Id, issueType.Id, request.TicketId, now, cancellationToken)
            : (0, null);
        double? hoursToDue = request.ResolutionDueAt is { } due ? (due - now).TotalHours : null;
        var impact = TriageLexicon.Matches(lower, TriageLexicon.BusinessImpact);
        var (priority, score, factors) = PriorityScorer.Score(new PriorityContext(severity, issueType?.DefaultPriority ?? Priority.P3,
            account?.Tier, impact, emotion, hoursToDue, repeats, mergeWith), options.SlaImminentHours);

        int? teamId = null, assigneeId = null;
        string routing;
        if (queued)
            routing = "Not routed: the triage queue decides.";
        else if (issueType!.OwningTeamId is not { } owningTeam)
            routing = $"The issue type '{issueType.Name}' has no owning team; left unrouted.";
        else
        {
            teamId = owningTeam;
            var required = await RequiredSeniorityAsync(account?.Tier, priority, executive, secondary.Count > 0 || text.Length > 2000, cancellationToken);
            var (agent, why) = await RouteAsync(owningTeam, language, required, issueType, cancellationToken);
            assigneeId = agent?.Id;
            var teamName = await db.Teams.AsNoTracking().Where(t => t.Id == owningTeam).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
            routing = $"Team {teamName} owns '{issueType.Name}'. Agent: {why}";
        }

        var (reasons, level) = EscalationRules.Evaluate(new EscalationContext(lower, account?.Tier, priority, repeats, hoursToDue, negative, executive), options);

        KnowledgeMatch? match = null;
        string? searchProblem = null;
        var autoReply = false;
        if (!queued && issueType!.AutoResolvable && options.AutoReplyMode != AutoReplyMode.Off && reasons.Count == 0)
        {
            var found = await matcher.MatchAsync(text, language, issueType.Id, 3, cancellationToken);
            match = found.Matches.Count > 0 ? found.Matches[0] : null;
            searchProblem = found.Problem;
            autoReply = match is not null && match.Score >= options.AutoReplyMinScore;
        }

        var modelLabel = issueModel?.Label ?? "none";
        var explanation = Explain(snapshot, issueType, confidence, queued, hasProse, issueModel is null, severity, emotion, priority, score, factors, reasons, match, autoReply, searchProblem);
        return new TriageDecision
        {
            Language = language, IssueTypeId = issueType?.Id, Confidence = Math.Round(confidence, 4), Queued = queued,
            SecondaryIssueTypes = secondary, Severity = severity, Emotion = emotion, EmotionConfidence = Math.Round(emotionConfidence, 4),
            MissingInformation = missing, Priority = priority, PriorityScore = score, PriorityFactors = factors, MergeCandidateTicketId = mergeWith,
            TeamId = teamId, AssigneeId = assigneeId, RoutingExplanation = routing, EscalationReasons = reasons, EscalationLevel = level,
            KnowledgeMatch = match, AutoReply = autoReply, Explanation = explanation, ModelVersion = modelLabel,
        };
    }

    private Severity PredictSeverity(string text, IssueType? issueType)
    {
        var fallback = issueType?.DefaultSeverity ?? Severity.Inconvenience;
        if (models.Get(ModelKind.Severity) is not { } model) return fallback;
        var p = model.Classifier.Predict(text);
        return p.Confidence >= 0.5 && Enum.TryParse<Severity>(p.Label, true, out var s) ? s : fallback;
    }

    /// <summary>
    /// The shipped GoEmotions model knows English only; the organisation's own model (trained on its labelled tickets
    /// in every language) is preferred elsewhere, and for English the two are averaged.
    /// </summary>
    private (Emotion Emotion, double Confidence, double Anger) PredictEmotion(string text, string language)
    {
        var own = models.Get(ModelKind.Emotion)?.Classifier.Predict(text);
        var shipped = language == "en" || own is null ? models.ShippedEmotion?.Classifier.Predict(text) : null;
        var combined = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var prediction in new[] { own, shipped })
        {
            if (prediction is null) continue;
            var weight = own is not null && shipped is not null ? 0.5 : 1.0;
            foreach (var s in prediction.Ranked) combined[s.Label] = combined.GetValueOrDefault(s.Label) + weight * s.Probability;
        }
        if (combined.Count == 0) return (Emotion.Neutral, 0, 0);
        var best = combined.MaxBy(kv => kv.Value);
        var emotion = Enum.TryParse<Emotion>(best.Key, true, out var e) ? e : Emotion.Neutral;
        return (emotion, best.Value, combined.GetValueOrDefault("ANGRY"));
    }

    private async Task<(int Count, int? MergeWith)> RecentSameIssueAsync(int accountId, int issueTypeId, int? self, DateTime now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-14);
        var recent = await db.Tickets.AsNoTracking()
            .Where(t => t.AccountId == accountId && t.IssueTypeId == issueTypeId && t.CreatedAt >= since && t.Id != (self ?? 0))
            .OrderByDescending(t => t.CreatedAt).Select(t => new { t.Id, t.Status }).ToListAsync(cancellationToken);
        var open = recent.FirstOrDefault(t => OpenStatuses.Contains(t.Status));
        return (recent.Count, open?.Id);
    }

    /// <summary>
    /// The escalation matrix sets the level for the tier and priority; complex tickets need a senior and an executive
    /// contact's ticket goes to the most senior agent available (a Lead first).
    /// </summary>
    private async Task<Teams.Seniority> RequiredSeniorityAsync(AccountTier? tier, Priority priority, bool executive, bool complex, CancellationToken cancellationToken)
    {
        var required = await slaPolicies.RequiredSeniorityAsync(tier ?? tierWithoutAccount, priority, cancellationToken);
        if (complex && required < Teams.Seniority.Senior) required = Teams.Seniority.Senior;
        return executive ? Teams.Seniority.Lead : required;
    }

    private async Task<(Teams.Agent? Agent, string Why)> RouteAsync(int teamId, string language, Teams.Seniority required, IssueType issueType, CancellationToken cancellationToken)
    {
        var agents = await db.Agents.AsNoTracking().Where(a => a.TeamId == teamId).ToListAsync(cancellationToken);
        var ids = agents.Select(a => a.Id).ToList();
        var load = await db.Tickets.AsNoTracking().Where(t => t.AssigneeId != null && ids.Contains(t.AssigneeId.Value) && OpenStatuses.Contains(t.Status))
            .GroupBy(t => t.AssigneeId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var hints = issueType.Slug.Split('-').Append(issueType.Slug).Append((issueType.ProductArea ?? "").ToLowerInvariant()).ToHashSet();
        var (agent, why) = AgentRouter.Route(agents.Select(a => new AgentCandidate(a, load.GetValueOrDefault(a.Id))).ToList(), language, required, hints);
        return (agent, why);
    }

    private static string Explain(TaxonomySnapshot snapshot, IssueType? issueType, double confidence, bool queued, bool hasProse, bool noModel,
        Severity severity, Emotion emotion, Priority priority, int score, IReadOnlyList<PriorityFactor> factors, IReadOnlyList<string> reasons,
        KnowledgeMatch? match, bool autoReply, string? searchProblem)
    {
        var parts = new List<string>();
        var percent = confidence.ToString("P0", CultureInfo.InvariantCulture);
        if (noModel) parts.Add("No triage model is trained yet: sent to the triage queue.");
        else if (!hasProse) parts.Add("The text holds no readable prose (only symbols, emoji, code or binary data): sent to the triage queue.");
        else if (queued) parts.Add($"Best guess {issueType?.Name ?? "unknown"} at {percent} is below the confidence threshold: sent to the triage queue.");
        else parts.Add($"Classified as {snapshot.PathOf(issueType!)} ({percent}).");
        parts.Add($"Severity {severity.ToString().ToUpperInvariant()}, emotion {emotion.ToString().ToUpperInvariant()}.");
        parts.Add($"Priority {priority} (score {score}: {string.Join(", ", factors.Select(f => $"{f.Factor} {f.Effect:+0;-0}"))}).");
        if (reasons.Count > 0) parts.Add("Escalation: " + string.Join("; ", reasons) + ".");
        if (autoReply && match is not null) parts.Add($"Answered by KB article '{match.Slug}' ({match.Locale}, match {match.Score:F2}).");
        else if (searchProblem is not null) parts.Add($"No automatic reply: {searchProblem}.");
        else if (match is not null) parts.Add($"No automatic reply: the best KB article '{match.Slug}' matches too weakly ({match.Score:F2}).");
        return string.Join(" ", parts);
    }
}
