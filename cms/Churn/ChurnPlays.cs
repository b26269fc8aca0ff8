namespace Knowledge.Cms.Churn;

/// <summary>Suggested win-back plays by churn driver.</summary>
public static class ChurnPlays
{
    public static string For(string driver) => driver switch
    {
        "USAGE_DECLINE" => "Adoption play: CSM-led usage review, re-onboarding workshop for inactive teams, and a 30-day success plan with usage goals.",
        "SUPPORT_FRICTION" => "Service recovery: senior engineer owns open issues, weekly status call, and a post-incident review with the customer's admin.",
        "RENEWAL_RISK" => "Renewal play: executive sponsor call before the renewal date, value review (ROI, usage, resolved issues) and renewal options.",
        "COMMERCIAL" => "Commercial review: right-size the plan, offer a multi-year or annual-prepay discount, revisit seat mix.",
        "COMPETITION" => "Competitive save: executive-to-executive call within 48 hours, roadmap briefing on the gaps named, and a tailored retention offer.",
        _ => "Keep monitoring: no strong churn signal.",
    };
}
