namespace LawMonitor.Crawler.Adapters;

/// <summary>The site adapters this build knows, by name.</summary>
public sealed class SiteAdapters
{
    private readonly Dictionary<string, ISiteAdapter> adapters;

    public SiteAdapters(IEnumerable<ISiteAdapter> adapters) =>
        this.adapters = adapters.ToDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>The adapters shipped: the generic one.</summary>
    public static SiteAdapters Default { get; } = new([new GenericAdapter()]);

    public IReadOnlyCollection<string> Names => adapters.Keys;

    public ISiteAdapter Get(string name) => adapters[name];
}
