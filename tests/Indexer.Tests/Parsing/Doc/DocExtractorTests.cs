using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Parsing.Doc;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Parsing.Doc;

public sealed class DocExtractorTests
{
    [Fact]
    public void AntiwordTables_BecomeCellRows_AndALeadingTwoColumnTableIsReadByColumn()
    {
        const string antiword = """
            |ỦY BAN NHÂN DÂN       |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|
            |TỈNH HÒA PHONG        |Độc lập - Tự do - Hạnh phúc      |
            QUYẾT ĐỊNH
            Điều 1. Phạm vi
            |STT|Nội dung          |Thời hạn|
            |1  |Báo cáo           |30/10   |
            """;

        var lines = DocExtractor.Tables(antiword).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH HÒA PHONG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "QUYẾT ĐỊNH", "Điều 1. Phạm vi", "STT | Nội dung | Thời hạn", "1 | Báo cáo | 30/10"], lines);
    }

    [Fact]
    public async Task OleFileThatIsNotWord_IsCorruptDoc()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4000]];

        var result = await DocumentExtractor.ExtractAsync(new RawFile("hong.doc", ole), IngestLimits.Default);

        Assert.False(result.Succeeded);
        Assert.Equal("corrupt-doc", result.Error.Code);
        Assert.StartsWith("hong.doc:", result.Error.Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Word97File_IsReadThroughAntiword()
    {
        var path = SharedData.PathOf("corpus-real", "doc", "vbpl-15-2012-QH13.doc");

        var result = await DocumentExtractor.ExtractAsync(new RawFile(path, await File.ReadAllBytesAsync(path)), IngestLimits.Default);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(SourceFormat.Doc, result.Value.Format);
        Assert.Contains("LUẬT", result.Value.Text, StringComparison.Ordinal);
        Assert.Contains("Điều 1. Phạm vi điều chỉnh", result.Value.Text, StringComparison.Ordinal);
    }
}
