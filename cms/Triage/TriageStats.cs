namespace Knowledge.Cms.Triage;

/// <summary>How triage did against what agents decided, overall and per day.</summary>
public sealed record TriageStats(
    DateTime From,
    DateTime To,
    int Triaged,
    int Queued,
    int Reviewed,
    int Corrected,
    double? Accuracy,
    double? MisrouteRate,
    TriageMode Mode,
    IReadOnlyList<TriageStatsBucket> Daily);

/// <summary>One day of <see cref="TriageStats"/>.</summary>
public sealed record TriageStatsBucket(DateTime Day, int Triaged, int Reviewed, double? Accuracy, double? MisrouteRate);
