using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Tests.Parsing;

/// <summary>Formats and sources are shown by the names an officer reads; what the service did not name is shown as named.</summary>
public sealed class SourceFormatNamesTests
{
    [Fact]
    public void EveryFormat_HasAVietnameseName_AndAnUnknownOneIsShownAsStored()
    {
        var names = Enum.GetValues<SourceFormat>().Select(f => SourceFormatNames.Name(f.ToString())).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.DoesNotContain(Enum.GetNames<SourceFormat>(), n => names.Contains(n)); // no code shown as a name
        Assert.Equal("Word (DOCX)", SourceFormatNames.Name("Docx"));
        Assert.Equal("Epub", SourceFormatNames.Name("Epub"));
    }

    [Fact]
    public void TheServicesOwnSources_HaveVietnameseNames_AndACrawlSourceKeepsItsOwn()
    {
        Assert.Equal("Bộ văn bản mẫu", SourceNames.Name(SourceNames.Corpus));
        Assert.Equal("Nhập từ tệp", SourceNames.Name(SourceNames.Ingest));
        Assert.Equal("Cổng thông tin điện tử tỉnh Hòa Phong", SourceNames.Name("Cổng thông tin điện tử tỉnh Hòa Phong"));
    }
}
