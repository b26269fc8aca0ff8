using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms.Data;

/// <summary>The resolved, existing data directory (SQLite file, index, models).</summary>
public sealed class DataDirectory(IOptions<StorageOptions> options, IHostEnvironment environment)
{
    private string? path;

    public string Path => path ??= Resolve();

    public string File(string name) => System.IO.Path.Combine(Path, name);

    private string Resolve()
    {
        var configured = options.Value.DataDirectory;
        var full = System.IO.Path.IsPathRooted(configured)
            ? configured
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, configured));
        Directory.CreateDirectory(full);
        return full;
    }
}
