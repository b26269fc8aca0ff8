namespace Knowledge.Cms.Jobs;

/// <summary>Event bus topics of jobs.</summary>
public static class JobTopics
{
    /// <summary>A job's status or progress changed; attributes <c>status</c>, <c>progress</c>, <c>kind</c>.</summary>
    public const string Progress = "job.progress";
}
