namespace Knowledge.Cms.Articles;

/// <summary>Knowledge-content settings (section <c>Content</c>).</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Largest accepted Markdown body, in bytes (UTF-8).</summary>
    public int MaxBodyBytes { get; set; } = 512 * 1024;

    /// <summary>Default days between accuracy reviews.</summary>
    public int ReviewIntervalDays { get; set; } = 90;

    /// <summary>How often batched view counts are written to the database.</summary>
    public TimeSpan ViewFlushInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the scheduler looks for due scheduled publications.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);
}
