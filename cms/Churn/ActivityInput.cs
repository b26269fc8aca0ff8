namespace Knowledge.Cms.Churn;

/// <summary>One account-day of usage to ingest.</summary>
public sealed record ActivityInput(int AccountId, DateOnly Day, int Logins, int ActiveSeats, int FeatureEvents);
