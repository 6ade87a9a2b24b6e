using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Tests.Parsing.Rtf;

public sealed class RtfExtractorTests
{
    [Fact]
    public async Task RtfNamedDoc_IsReadAsRtf_WithAWarningAndWithoutFontTables()
    {
        const string rtf = @"{\rtf1\ansi\ansicpg1258\deff0{\fonttbl{\f0 Times New Roman;}}{\info{\author Nguyen Van A}}" +
            @"\uc1\pard \u272?i\u7873?u 1. Ph\u7841?m vi \u273?i\u7873?u ch\u7881?nh\par" +
            @"\pard Quy\u7871?t \u273?\u7883?nh n\u224?y c\'f3 hi\u7879?u l\u7921?c.\par}";

        var result = await DocumentExtractor.ExtractAsync(new RawFile("quyet-dinh.doc", System.Text.Encoding.ASCII.GetBytes(rtf)), IngestLimits.Default);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(SourceFormat.Rtf, result.Value.Format);
        Assert.Equal(["Điều 1. Phạm vi điều chỉnh", "Quyết định này có hiệu lực."], result.Value.Text.Split('\n'));
        Assert.Contains(result.Value.Warnings, w => w.StartsWith("format-mismatch:", StringComparison.Ordinal));
        Assert.DoesNotContain("Times New Roman", result.Value.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyen Van A", result.Value.Text, StringComparison.Ordinal);
    }
}
