using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Tests.Parsing;

/// <summary>Formats are shown by the names an officer reads; one the service does not know is shown as stored.</summary>
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
}
