using System.Globalization;

namespace Knowledge.Cms.Churn;

/// <summary>The account signals the churn model learns from, as of one date.</summary>
public sealed record ChurnFeatures(
    int AccountId, DateTime AsOf, double LoginsPerDay30, double LoginTrend, double SeatTrend, double FeatureTrend,
    double Tickets90, double SevereTickets90, double NegativeShare90, double MessageLengthTrend, double ChurnPhrases90,
    double DaysToRenewal, double TierRank, double LogArr, double Downgraded)
{
    public static readonly TabularSchema Schema = new(
    [
        "logins_per_day_30d", "login_trend", "seat_trend", "feature_trend", "tickets_90d", "severe_tickets_90d",
        "negative_emotion_share_90d", "message_length_trend", "churn_phrases_90d", "days_to_renewal", "tier_rank", "log_arr", "downgraded",
    ], []);

    public TabularRow ToRow(bool label) => new(
        [(float)LoginsPerDay30, (float)LoginTrend, (float)SeatTrend, (float)FeatureTrend, (float)Tickets90, (float)SevereTickets90,
         (float)NegativeShare90, (float)MessageLengthTrend, (float)ChurnPhrases90, (float)DaysToRenewal, (float)TierRank, (float)LogArr, (float)Downgraded],
        [], label);

    /// <summary>A sentence for a feature that pushed the risk up, with the account's value.</summary>
    public string Explain(string feature) => feature switch
    {
        "logins_per_day_30d" => $"Low activity: {LoginsPerDay30.ToString("F1", CultureInfo.InvariantCulture)} logins a day over the last 30 days.",
        "login_trend" => $"Logins are at {LoginTrend:P0} of the previous two months.",
        "seat_trend" => $"Active seats are at {SeatTrend:P0} of 90 days ago.",
        "feature_trend" => $"Feature usage is at {FeatureTrend:P0} of the previous two months.",
        "tickets_90d" => $"{Tickets90:F0} support tickets in 90 days.",
        "severe_tickets_90d" => $"{SevereTickets90:F0} P1/P2 tickets in 90 days.",
        "negative_emotion_share_90d" => $"{NegativeShare90:P0} of recent tickets were angry or frustrated.",
        "message_length_trend" => $"Customer messages are getting shorter ({MessageLengthTrend:P0} of their earlier length).",
        "churn_phrases_90d" => $"{ChurnPhrases90:F0} recent messages mention cancelling, downgrading or alternatives.",
        "days_to_renewal" => $"Renewal in {DaysToRenewal:F0} days.",
        "downgraded" => "The account downgraded recently.",
        "tier_rank" => "Lower tier accounts churn more often.",
        "log_arr" => "Low contract value.",
        _ => feature,
    };

    /// <summary>The churn reason family a feature belongs to, for the win-back play.</summary>
    public static string DriverOf(string feature) => feature switch
    {
        "logins_per_day_30d" or "login_trend" or "seat_trend" or "feature_trend" => "USAGE_DECLINE",
        "tickets_90d" or "severe_tickets_90d" or "negative_emotion_share_90d" or "message_length_trend" => "SUPPORT_FRICTION",
        "churn_phrases_90d" => "COMPETITION",
        "days_to_renewal" => "RENEWAL_RISK",
        "downgraded" or "tier_rank" or "log_arr" => "COMMERCIAL",
        _ => "STABLE",
    };
}
