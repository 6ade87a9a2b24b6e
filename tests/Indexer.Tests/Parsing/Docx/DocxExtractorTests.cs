using System.IO.Compression;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support.Files;

namespace LawMonitor.Indexer.Tests.Parsing.Docx;

public sealed class DocxExtractorTests
{
    private static Task<Outcome<ExtractedDocument>> Extract(byte[] bytes, string name = "file.docx", IngestLimits? limits = null) =>
        DocumentExtractor.ExtractAsync(new RawFile(name, bytes), limits ?? IngestLimits.Default);

    [Fact]
    public async Task ListNumbering_IsResolvedToTheVisibleNumbers_AndDeeperLevelsRestart()
    {
        var docx = new DocxBuilder()
            .Paragraph("Điều 3. Trách nhiệm")
            .Numbered(0, "Sở Tư pháp có trách nhiệm:")
            .Numbered(1, "Theo dõi chung;")
            .Numbered(1, "Báo cáo hằng năm.")
            .Numbered(0, "Các sở, ngành có trách nhiệm:")
            .Numbered(1, "Phối hợp.")
            .Build();

        var result = await Extract(docx);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(
            ["Điều 3. Trách nhiệm", "1. Sở Tư pháp có trách nhiệm:", "a) Theo dõi chung;", "b) Báo cáo hằng năm.", "2. Các sở, ngành có trách nhiệm:", "a) Phối hợp."],
            result.Value.Text.Split('\n'));
    }

    [Fact]
    public async Task LetterheadTable_IsReadColumnByColumn_AndOtherTablesAsRows()
    {
        var docx = new DocxBuilder()
            .Letterhead(["ỦY BAN NHÂN DÂN", "TỈNH HÒA PHONG", "Số: 08/2021/QĐ-UBND"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
            .Paragraph("QUYẾT ĐỊNH")
            .Paragraph("Phụ lục: các chỉ tiêu theo dõi trong năm")
            .Table(["STT", "Chỉ tiêu", "Thời hạn"], ["1", "Báo cáo", "30/10"])
            .Build();

        var result = await Extract(docx);

        Assert.True(result.Succeeded, result.Error?.Message);
        var lines = result.Value.Text.Split('\n');
        Assert.Equal(["ỦY BAN NHÂN DÂN", "TỈNH HÒA PHONG", "Số: 08/2021/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], lines[..4]);
        Assert.Contains("STT | Chỉ tiêu | Thời hạn", lines);
        Assert.Contains("1 | Báo cáo | 30/10", lines);
    }

    [Fact]
    public async Task HeadersAndFooters_AreKeptApartFromTheBody()
    {
        var docx = new DocxBuilder().Header("CÔNG BÁO TỈNH HÒA PHONG").Paragraph("Điều 1. Phạm vi điều chỉnh").Footer("Trang 1").Build();

        var result = await Extract(docx);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("Điều 1. Phạm vi điều chỉnh", result.Value.Text);
        Assert.Contains("CÔNG BÁO TỈNH HÒA PHONG", result.Value.Furniture, StringComparison.Ordinal);
        Assert.Contains("Trang 1", result.Value.Furniture, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ZipBomb_IsRefusedBeforeItIsInflated()
    {
        var result = await Extract(Bomb(40 * 1024 * 1024), "bomb.docx");

        Assert.False(result.Succeeded);
        Assert.Equal("zip-bomb", result.Error.Code);
        Assert.StartsWith("bomb.docx:", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArchiveBeyondTheUncompressedBudget_IsRefused()
    {
        var docx = new DocxBuilder().Paragraph(new string('x', 5000)).Build();

        var result = await Extract(docx, limits: IngestLimits.Default with { MaxUncompressedBytes = 2000 });

        Assert.False(result.Succeeded);
        Assert.Equal("zip-bomb", result.Error.Code);
    }

    [Fact]
    public async Task TruncatedDocx_IsCorruptDocx()
    {
        var docx = new DocxBuilder().Paragraph("Điều 1. Phạm vi điều chỉnh").Build();

        var result = await Extract(docx[..(docx.Length * 2 / 3)]);

        Assert.False(result.Succeeded);
        Assert.Equal("corrupt-docx", result.Error.Code);
    }

    [Fact]
    public async Task ZipThatIsNotAWordDocument_IsUnsupported()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("không phải văn bản");
        }

        var result = await Extract(stream.ToArray(), "archive.docx");

        Assert.False(result.Succeeded);
        Assert.Equal("unsupported-format", result.Error.Code);
    }

    /// <summary>A DOCX-shaped zip whose document part inflates to <paramref name="bytes"/> of one repeated character.</summary>
    private static byte[] Bomb(int bytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var written = 0; written < bytes; written += chunk.Length)
            {
                part.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
