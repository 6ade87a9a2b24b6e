using LawMonitor.Crawler.Adapters;
using LawMonitor.Crawler.Frontier;

namespace LawMonitor.Crawler.Sources;

/// <summary>
/// The configured sources: definitions from files in a sources folder (read-only through the API) and those
/// put through the API, all kept in crawl.db and checked by <see cref="CrawlSourceReader"/> when stored and
/// when used.
/// </summary>
public sealed class SourceCatalog(CrawlStore store, SiteAdapters adapters, TimeProvider clock)
{
    /// <summary>Where a definition came from: a file in the sources folder, or the API.</summary>
    public const string FileOrigin = "file";
    public const string ApiOrigin = "api";

    /// <summary>Registers every *.json file of <paramref name="folder"/>; returns the errors of those that are invalid (they are not registered).</summary>
    public IReadOnlyList<SourceError> LoadFolder(string folder)
    {
        var errors = new List<SourceError>();
        if (!Directory.Exists(folder))
        {
            return errors;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var read = CrawlSourceReader.ReadFile(file, adapters.Names);
            if (read.Succeeded)
            {
                store.PutSource(read.Source.Name, File.ReadAllText(file), FileOrigin, clock.GetUtcNow());
            }
            else
            {
                errors.AddRange(read.Errors);
            }
        }

        return errors;
    }

    /// <summary>
    /// Stores a definition put through the API under <paramref name="name"/>: refused when invalid, when its
    /// name differs from the path's, or when a file defines that source.
    /// </summary>
    public SourceReadResult Put(string name, string json)
    {
        var read = CrawlSourceReader.Read(json, adapters.Names);
        if (!read.Succeeded)
        {
            return read;
        }

        if (read.Source.Name != name)
        {
            return SourceReadResult.Failure([new SourceError("name", "invalid", $"tên trong định nghĩa ({read.Source.Name}) khác tên trong đường dẫn ({name}) (name differs from the path)")]);
        }

        if (store.GetSource(name) is { Origin: FileOrigin })
        {
            return SourceReadResult.Failure([new SourceError("name", "read-only", $"nguồn {name} được định nghĩa trong tệp; hãy sửa tệp (defined by a file in the sources folder)")]);
        }

        store.PutSource(name, json, ApiOrigin, clock.GetUtcNow());
        return read;
    }

    /// <summary>The configured source <paramref name="name"/>, checked again; null when there is none.</summary>
    public SourceReadResult? Get(string name) =>
        store.GetSource(name) is { } stored ? CrawlSourceReader.Read(stored.Json, adapters.Names) : null;

    /// <summary>A source file's path or a configured source's name.</summary>
    public SourceReadResult? Resolve(string fileOrName) =>
        File.Exists(fileOrName) ? CrawlSourceReader.ReadFile(fileOrName, adapters.Names) : Get(fileOrName);
}
