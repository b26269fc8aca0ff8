namespace Knowledge.Cms.Data;

/// <summary>Supported relational databases.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
