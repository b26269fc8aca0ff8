namespace Knowledge.Cms.Triage;

/// <summary>Job kinds of triage.</summary>
public static class TriageJobKinds
{
    /// <summary>Trains and evaluates the triage models.</summary>
    public const string Train = "triage.train";
}
