using LawMonitor.Crawler.Adapters;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Crawler.Tests.Sources;

public sealed class SourceCatalogTests
{
    [Fact]
    public void FolderSources_AreRegistered_ReadOnlyThroughTheApi_AndInvalidFilesNamed()
    {
        using var data = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(data.Path, "sources")).FullName;
        File.WriteAllText(Path.Combine(folder, "stp.json"), """{ "name": "stp", "seeds": ["https://stp.hoaphong.gov.vn/"] }""");
        File.WriteAllText(Path.Combine(folder, "sai.json"), """{ "name": "sai", "seeds": ["https://luatvietnam.vn/"] }""");
        var store = CrawlStore.Open(data.Path);
        var catalog = new SourceCatalog(store, SiteAdapters.Default, TimeProvider.System);

        var errors = catalog.LoadFolder(folder);

        Assert.Equal("sai.json: seeds[0]", Assert.Single(errors).Field);
        Assert.Equal(["stp"], store.ListSources().Select(s => s.Name));
        var put = catalog.Put("stp", """{ "name": "stp", "seeds": ["https://stp.hoaphong.gov.vn/khac"] }""");
        Assert.Equal("read-only", Assert.Single(put.Errors).Code);
        Assert.True(catalog.Put("api", """{ "name": "api", "seeds": ["https://sotp.hoaphong.gov.vn/"] }""").Succeeded);
        Assert.Equal(SourceCatalog.ApiOrigin, store.GetSource("api")!.Origin);
    }
}
