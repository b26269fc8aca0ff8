using GraphQL.Types;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Triage;
using Knowledge.Cms.Triage.KnowledgeMatching;
using Knowledge.Cms.Triage.Rules;
using Knowledge.Schema.Infrastructure;
using Knowledge.Schema.Taxonomy;
using Knowledge.Schema.Teams;
using Knowledge.Schema.Tickets;

namespace Knowledge.Schema.Triage;

public sealed class TriageResultGraphType : ObjectGraphType<TriageDecision>
{
    public TriageResultGraphType()
    {
        Name = "TriageResult";
        Description = "What triage decided about a ticket (or a text in a dry run), with its reasons. Staff only.";
        this.Requires(AccessLevel.Staff);
        Field<IssueTypeGraphType>("issueType").Description("The most probable issue type; null when there is no model or no readable text.")
            .Resolve(c => c.LoadOne<TaxonomyReader, IssueType>("triage.issueType", c.Source.IssueTypeId, (r, ids, ct) => r.GetIssueTypesByIdsAsync(ids, ct)));
        Field(d => d.Confidence).Description("Probability of the issue type, 0–1.");
        Field(d => d.Queued).Description("True when the confidence is below the threshold: the ticket waits in the triage queue for a person.");
        Field<NonNullGraphType<SeverityGraphType>>("severity").Description("OUTAGE, DEGRADED, INCONVENIENCE or QUESTION.").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<EmotionGraphType>>("emotion").Description("The customer's emotion.").Resolve(c => c.Source.Emotion);
        Field(d => d.EmotionConfidence).Description("Probability of the emotion, 0–1.");
        Field(d => d.Language).Description("The language triage worked in (given or detected).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingInformationGraphType>>>>("missingInformation")
            .Description("Diagnostics the ticket lacks, with the question to ask in the ticket's language.").Resolve(c => c.Source.MissingInformation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SecondaryIssueTypeGraphType>>>>("secondaryIssueTypes")
            .Description("Other problems the ticket raises (2nd/3rd most probable types above the secondary threshold).").Resolve(c => c.Source.SecondaryIssueTypes);
        Field<NonNullGraphType<PriorityGraphType>>("priority").Description("The priority triage computed.").Resolve(c => c.Source.Priority);
        Field(d => d.PriorityScore).Description("The priority score 0–100 (≥ 75 P1, ≥ 50 P2, ≥ 25 P3).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriorityFactorGraphType>>>>("priorityExplanation")
            .Description("The factors that moved the priority score.").Resolve(c => c.Source.PriorityFactors);
        Field<IdGraphType>("mergeCandidateId").Description("An open ticket of the same account and issue type within 14 days, to consider merging with.")
            .Resolve(c => c.Source.MergeCandidateTicketId is { } id ? GlobalId.Encode("Ticket", id) : null);
        Field<TeamGraphType>("team").Description("The team triage routed to.")
            .Resolve(c => c.LoadOne<TeamReader, Team>("triage.team", c.Source.TeamId, (r, ids, ct) => r.GetTeamsByIdsAsync(ids, ct)));
        Field<AgentGraphType>("assignee").Description("The agent triage chose.")
            .Resolve(c => c.LoadOne<TeamReader, Agent>("triage.assignee", c.Source.AssigneeId, (r, ids, ct) => r.GetAgentsByIdsAsync(ids, ct)));
        Field(d => d.RoutingExplanation).Description("Why this team and agent.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("escalationReasons").Description("Escalation triggers that fired.").Resolve(c => c.Source.EscalationReasons);
        Field<KnowledgeMatchGraphType>("knowledgeMatch").Description("The best KB article for an auto-resolvable issue type.").Resolve(c => c.Source.KnowledgeMatch);
        Field(d => d.AutoReply).Description("Whether a reply citing the article was drafted or sent.");
        Field(d => d.Explanation).Description("The decision in one paragraph.");
        Field(d => d.ModelVersion).Description("The issue-type model that decided, e.g. issuetype-v2 (`none` before the first model).");
        Field(d => d.Shadow).Description("Recorded in shadow mode and not applied to the ticket.");
    }
}

public sealed class MissingInformationGraphType : ObjectGraphType<MissingItem>
{
    public MissingInformationGraphType()
    {
        Name = "MissingInformation";
        Description = "A diagnostic the ticket lacks.";
        Field(m => m.Item).Description("version, steps or error-message.");
        Field(m => m.Question).Description("What to ask the customer, in the ticket's language.");
    }
}

public sealed class SecondaryIssueTypeGraphType : ObjectGraphType<SecondaryIssueType>
{
    public SecondaryIssueTypeGraphType()
    {
        Name = "SecondaryIssueType";
        Description = "Another issue type the ticket raises.";
        Field<NonNullGraphType<IssueTypeGraphType>>("issueType").Description("The issue type.")
            .Resolve(c => c.LoadOne<TaxonomyReader, IssueType>("triage.secondary", c.Source.IssueTypeId, (r, ids, ct) => r.GetIssueTypesByIdsAsync(ids, ct)));
        Field(s => s.Probability).Description("Its probability, 0–1.");
    }
}

public sealed class PriorityFactorGraphType : ObjectGraphType<PriorityFactor>
{
    public PriorityFactorGraphType()
    {
        Name = "PriorityFactor";
        Description = "One factor of the priority score.";
        Field(f => f.Factor).Description("severity, issue-type, tier, business-impact, emotion, sla or repeat.");
        Field(f => f.Effect).Description("Points it added (negative: removed).");
        Field(f => f.Detail).Description("Why, in words.");
    }
}

public sealed class KnowledgeMatchGraphType : ObjectGraphType<KnowledgeMatch>
{
    public KnowledgeMatchGraphType()
    {
        Name = "KnowledgeMatch";
        Description = "A KB article that answers the ticket, in the best locale for the customer.";
        Field(m => m.Slug).Description("The article's slug in that locale.");
        Field(m => m.Locale).Description("The locale of the cited variant.");
        Field(m => m.Title).Description("The article title.");
        Field(m => m.Score).Description("Match strength 0–1.");
    }
}
