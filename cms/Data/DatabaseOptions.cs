namespace Knowledge.Cms.Data;

/// <summary>Database selection (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, a file in the data directory) or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for SqlServer; optional for Sqlite (defaults to <c>knowledge.db</c> in the data directory).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations on start (the default; turn off when a deployment step migrates).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
