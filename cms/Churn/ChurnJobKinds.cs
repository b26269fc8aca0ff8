namespace Knowledge.Cms.Churn;

/// <summary>Job kinds of the churn feature.</summary>
public static class ChurnJobKinds
{
    /// <summary>Train the churn model and rescore accounts.</summary>
    public const string Train = "churn.train";
}
