using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Parsing.Pdf;
using LawMonitor.Indexer.Tests.Support.Files;

namespace LawMonitor.Indexer.Tests.Parsing.Pdf;

/// <summary>PDFs through the real pdftotext, pdftoppm and tesseract.</summary>
public sealed class PdfExtractorTests
{
    private static Task<Outcome<ExtractedDocument>> Extract(byte[] bytes, string name = "file.pdf", IngestLimits? limits = null) =>
        DocumentExtractor.ExtractAsync(new RawFile(name, bytes), limits ?? IngestLimits.Default);

    [Fact]
    public async Task TextLayer_IsReadInOrder_WithoutGazetteHeaderPageNumbersOrSignatureStamp()
    {
        var pdf = await ChromiumPdf.PrintAsync(
            "<p>CÔNG BÁO/Số 567 + 568/Ngày 30-4-2019</p>" +
            string.Concat(SampleDecision.Paragraphs.Select(p => $"<p>{p}</p>")) +
            "<p>Người ký: Ủy ban Nhân dân tỉnh Hòa Phong</p><p>Email: ubnd@hoaphong.gov.vn</p><p>Thời gian ký: 15.03.2019 10:12:00 +07:00</p>");

        var result = await Extract(pdf);

        Assert.True(result.Succeeded, result.Error?.Message);
        var text = result.Value.Text;
        Assert.Contains("Điều 1. Phạm vi điều chỉnh", text, StringComparison.Ordinal);
        Assert.Contains("Số: 12/2019/QĐ-UBND", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Điều 1.", StringComparison.Ordinal) < text.IndexOf("Điều 2.", StringComparison.Ordinal));
        Assert.DoesNotContain("CÔNG BÁO", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Người ký", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thời gian ký", text, StringComparison.Ordinal);
        Assert.Equal(1, result.Value.Pages);
        Assert.Equal("PdfPig", result.Value.TextLayerReader);
        Assert.Empty(result.Value.OcrPages);
        Assert.Null(result.Value.OcrConfidence);
    }

    [Fact]
    public async Task PdfPigTextLayer_HasTheWordsAndLinesOfPdftotext()
    {
        var pdf = await ChromiumPdf.FromParagraphsAsync(SampleDecision.Paragraphs);

        var pig = PdfPigTextLayer.Read(pdf, IngestLimits.Default, CancellationToken.None);
        var poppler = await PdfText(pdf);

        Assert.NotNull(pig.Layer);
        Assert.Null(pig.Failure);
        Assert.Equal(1, pig.PageCount);
        var pigLines = Lines(pig.Layer.Pages[0]);
        var popplerLines = Lines(poppler);
        Assert.Equal(popplerLines, pigLines); // same words, same diacritics, same line breaks
        Assert.Contains(pigLines, l => l.Contains("Điều 1. Phạm vi điều chỉnh", StringComparison.Ordinal));

        static List<string> Lines(string text) =>
            text.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0).ToList();
    }

    [Theory]
    [InlineData("Điều 1. Phạm vi điều chỉnh của quyết định này", true)]
    [InlineData("\uE001\uE002\uE003\uE004 \uE005\uE006 Điều 1. Phạm vi điều chỉnh \uE007\uE008\uE009\uE00A\uE00B\uE00C", false)]
    [InlineData("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD Phạm vi điều chỉnh của quyết định", false)]
    [InlineData("1 2 3", false)]
    public void TextLayer_WithFontsWithoutUnicodeMap_IsNotUsable(string page, bool usable) =>
        Assert.Equal(usable, new TextLayer([page], "test").IsUsable(25));

    [Fact]
    public void PdfPig_OnBytesThatAreNotAPdf_FailsAsAValue()
    {
        var read = PdfPigTextLayer.Read("%PDF-1.7\nthis is not a pdf at all\n"u8.ToArray(), IngestLimits.Default, CancellationToken.None);

        Assert.Null(read.Layer);
        Assert.NotNull(read.Failure);
    }

    [Fact]
    public async Task PageNumbersAtPageEdges_AreRemoved_ButNumberedClausesStay()
    {
        var pdf = await ChromiumPdf.PrintAsync(
            "<div class=\"page\"><p>Điều 1. Phạm vi</p><p>1. Khoản một của điều một.</p><p>Nội dung tiếp theo của trang thứ nhất.</p><p>2</p></div>" +
            "<div class=\"page\"><p>3</p><p>Điều 2. Đối tượng</p><p>Nội dung của trang thứ hai dài hơn một chút.</p></div>");

        var result = await Extract(pdf);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(2, result.Value.Pages);
        var lines = result.Value.Text.Split('\n');
        Assert.DoesNotContain("2", lines);
        Assert.DoesNotContain("3", lines);
        Assert.Contains("1. Khoản một của điều một.", lines);
    }

    [Fact]
    public async Task ScannedPages_AreReadByOcr_WithPagesAndConfidenceRecorded()
    {
        var printed = await ChromiumPdf.FromParagraphsAsync(SampleDecision.Paragraphs);
        var scan = PdfBuilder.FromImages(GrayImage.Render(printed, dpi: 200), dpi: 200);
        Assert.Empty(await PdfText(scan)); // no text layer at all

        var result = await Extract(scan, "scan.pdf");

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal([1], result.Value.OcrPages);
        Assert.InRange(result.Value.OcrConfidence ?? 0, 70, 100);
        Assert.Contains("Phạm vi điều chỉnh", result.Value.Text, StringComparison.Ordinal);
        Assert.Contains("thi hành pháp luật", result.Value.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedPdf_IsCorruptPdf()
    {
        var pdf = await ChromiumPdf.FromParagraphsAsync(SampleDecision.Paragraphs);

        var result = await Extract(pdf[..(pdf.Length / 2)], "cut.pdf");

        Assert.False(result.Succeeded);
        Assert.Equal("corrupt-pdf", result.Error.Code);
        Assert.StartsWith("cut.pdf:", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GarbageAfterPdfHeader_IsCorruptPdf()
    {
        var result = await Extract("%PDF-1.7\nthis is not a pdf at all\n"u8.ToArray());

        Assert.False(result.Succeeded);
        Assert.Equal("corrupt-pdf", result.Error.Code);
    }

    [Fact]
    public async Task PasswordProtectedPdf_IsEncryptedPdf()
    {
        var result = await Extract(PdfBuilder.PasswordProtected(), "locked.pdf");

        Assert.False(result.Succeeded);
        Assert.Equal("encrypted-pdf", result.Error.Code);
        Assert.Contains("mật khẩu", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MorePagesThanTheLimit_IsTooManyPages()
    {
        var pdf = await ChromiumPdf.PrintAsync("<div class=\"page\"><p>Trang một có nội dung.</p></div><div class=\"page\"><p>Trang hai có nội dung.</p></div><p>Trang ba có nội dung.</p>");

        var result = await Extract(pdf, limits: IngestLimits.Default with { MaxPages = 2 });

        Assert.False(result.Succeeded);
        Assert.Equal("too-many-pages", result.Error.Code);
        Assert.Contains("hơn 2 trang", result.Error.Message, StringComparison.Ordinal); // counting stops one page past the limit
    }

    private static async Task<string> PdfText(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text.Trim('\f', '\n', ' ');
        }
        finally
        {
            File.Delete(path);
        }
    }
}
