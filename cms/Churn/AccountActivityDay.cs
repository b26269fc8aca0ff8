namespace Knowledge.Cms.Churn;

/// <summary>Product usage of one account on one day, ingested in batches (recordAccountActivity, CLI import).</summary>
public sealed class AccountActivityDay
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly Day { get; set; }
    public int Logins { get; set; }
    public int ActiveSeats { get; set; }
    public int FeatureEvents { get; set; }
}
