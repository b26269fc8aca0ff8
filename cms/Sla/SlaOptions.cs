using System.ComponentModel.DataAnnotations;
using Knowledge.Cms.Accounts;

namespace Knowledge.Cms.Sla;

/// <summary>Settings of SLA timers, the escalation scheduler and escalation notifications (section <c>Sla</c>).</summary>
public sealed class SlaOptions
{
    public const string Section = "Sla";

    /// <summary>Run the scheduler on this instance. Every instance may run it: milestones are claimed in the database.</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often the scheduler looks for due milestones, notifications and follow-ups (it also wakes on new escalations).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Share of a target (in business time) after which the ticket escalates before it breaches.</summary>
    [Range(0.1, 0.99)]
    public double WarnAtFraction { get; set; } = 0.8;

    /// <summary>Notifications of an escalation are due this long after it was raised; later deliveries are flagged.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan NotificationDeadline { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When an executive contact's ticket escalates, the CSM gets a follow-up reminder this long after.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ExecutiveFollowUpAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The matrix row a ticket without an account uses.</summary>
    public AccountTier TierWithoutAccount { get; set; } = AccountTier.Free;

    /// <summary>Most milestones, notifications or follow-ups handled per kind and sweep.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;
}
