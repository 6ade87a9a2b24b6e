using LawMonitor.Crawler.Adapters;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Crawler.Tests.Sources;

public sealed class BundledSourcesTests
{
    [Fact]
    public void EverySourceFileInTheRepository_IsValid_AndDisabledUnlessItSaysOtherwise()
    {
        var files = Directory.GetFiles(Path.Combine(SharedData.RepositoryRoot, "sources"), "*.json");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var read = CrawlSourceReader.ReadFile(file, SiteAdapters.Default.Names);
            Assert.True(read.Succeeded, string.Join("; ", read.Errors));
            Assert.False(read.Source.Enabled, $"{file}: the bundled example must not crawl a real site by itself");
        }
    }
}
