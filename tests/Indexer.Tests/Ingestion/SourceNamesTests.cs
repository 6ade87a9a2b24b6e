using LawMonitor.Indexer.Ingestion;

namespace LawMonitor.Indexer.Tests.Ingestion;

/// <summary>The service's own sources are shown by Vietnamese names; a source someone named is shown as named.</summary>
public sealed class SourceNamesTests
{
    [Fact]
    public void TheServicesOwnSources_HaveVietnameseNames_AndACrawlSourceKeepsItsOwn()
    {
        Assert.Equal("Bộ văn bản mẫu", SourceNames.Name(SourceNames.Corpus));
        Assert.Equal("Nhập từ tệp", SourceNames.Name(SourceNames.Ingest));
        Assert.Equal("Cổng thông tin điện tử tỉnh Hòa Phong", SourceNames.Name("Cổng thông tin điện tử tỉnh Hòa Phong"));
    }
}
