using System.Text;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support.Files;

namespace LawMonitor.Indexer.Tests.Parsing;

/// <summary>The dispatcher: format sniffing, limits and the errors every format shares.</summary>
public sealed class DocumentExtractorTests
{
    private static Task<Outcome<ExtractedDocument>> Extract(string name, byte[] bytes, IngestLimits? limits = null) =>
        DocumentExtractor.ExtractAsync(new RawFile(name, bytes), limits ?? IngestLimits.Default);

    [Fact]
    public async Task ZeroByteFile_IsEmptyFile()
    {
        var result = await Extract("rong.pdf", []);

        Assert.False(result.Succeeded);
        Assert.Equal("empty-file", result.Error.Code);
        Assert.StartsWith("rong.pdf:", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileOverTheSizeLimit_IsTooLarge_WithoutBeingRead()
    {
        var result = await Extract("lon.pdf", new byte[3 * 1024 * 1024], IngestLimits.Default with { MaxFileBytes = 2 * 1024 * 1024 });

        Assert.False(result.Succeeded);
        Assert.Equal("too-large", result.Error.Code);
        Assert.Contains("Ingest:MaxFileMegabytes", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BinaryOfNoKnownFormat_IsUnsupported()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x89; // PNG-like

        var result = await Extract("anh.docx", bytes);

        Assert.False(result.Succeeded);
        Assert.Equal("unsupported-format", result.Error.Code);
    }

    [Fact]
    public async Task PdfNamedDocx_IsReadAsPdf_WithAFormatMismatchWarning()
    {
        var pdf = await ChromiumPdf.FromParagraphsAsync(SampleDecision.Paragraphs);

        var result = await Extract("quyet-dinh.docx", pdf);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(SourceFormat.Pdf, result.Value.Format);
        Assert.Contains(result.Value.Warnings, w => w.StartsWith("format-mismatch:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HtmlNamedDoc_IsReadAsHtml_WithAFormatMismatchWarning()
    {
        var html = Encoding.UTF8.GetBytes("<html><body><div class=\"noidung\"><p>Điều 1. Phạm vi điều chỉnh</p></div></body></html>");

        var result = await Extract("vanban.doc", html);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(SourceFormat.Html, result.Value.Format);
        Assert.Equal("Điều 1. Phạm vi điều chỉnh", result.Value.Text);
        Assert.Contains(result.Value.Warnings, w => w.Contains(".doc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LegacyEncodedText_IsConvertedWhereverItCameFrom()
    {
        var html = Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>§iÒu 1. Ph¹m vi ®iÒu chØnh cña QuyÕt ®Þnh nµy</p></body></html>");

        var result = await Extract("cu.htm", html);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("TCVN3", result.Value.LegacyEncoding);
        Assert.Equal("Điều 1. Phạm vi điều chỉnh của Quyết định này", result.Value.Text);
    }

    [Fact]
    public void Tidy_ComposesRemovesRulesAndCollapsesBlankLines()
    {
        var text = "Đie\u0302\u0300u 1.\r\n\r\n\r\n\r\n________\r\nKhoa\u0309n 1\u0007 có nội dung ------\n";

        Assert.Equal("Điều 1.\n\nKhoản 1 có nội dung", DocumentExtractor.Tidy(text));
    }

    [Fact]
    public void Tidy_JoinsJustifiedSpaces()
    {
        Assert.Equal("Nghị định số 110/2004/NĐ-CP hết hiệu lực", DocumentExtractor.Tidy("Nghị định \t        số 110/2004/NĐ-CP   hết hiệu lực"));
    }
}
