namespace Knowledge.Cms.Data;

/// <summary>Where the product keeps its files (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>SQLite file, search index and models live here. Relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";
}
