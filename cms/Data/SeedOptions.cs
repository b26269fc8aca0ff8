namespace Knowledge.Cms.Data;

/// <summary>Demo data (section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed an empty database with the demo help desk on start.</summary>
    public bool Demo { get; set; } = true;

    /// <summary>The seed's "today": dates (renewals, ticket history) are relative to it. Default: the day of seeding.</summary>
    public DateTime? ReferenceDate { get; set; }
}
