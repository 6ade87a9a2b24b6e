using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.Indexer.Tests.Monitoring.Reports;

/// <summary>The exports of a report: CSV for any tool, an Excel workbook, and the DOCX draft in the official layout (read back by our own parser).</summary>
public sealed class ReportExportTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly RecommendationReport report;

    public ReportExportTests()
    {
        var store = MonitoringStore.Open(data.Path, new FakeTimeProvider(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(7))));
        var finding = store.AddFinding(new Finding(default, FindingClass.Contradiction, "Thời hạn báo cáo \"30/10\", \"15/11\" không thống nhất") { Field = "Xử lý vi phạm hành chính" }, "lan");
        var draft = store.AddRecommendation(new Recommendation(default, RecommendedAction.Amend, "Ủy ban nhân dân tỉnh Hòa Phong")
        {
            FindingIds = [finding.Id],
            Content = "=HYPERLINK(\"http://example.invalid\") sửa đổi khoản 1 Điều 7, thống nhất thời hạn",
        }, "lan");
        store.SendRecommendation(draft.Id, draft.Version, "lan", "312/STP-XDKTVB", new DateOnly(2025, 10, 20), null);
        report = ReportBuilder.Build(store, new ReportQuery(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), new DateOnly(2026, 12, 1));
    }

    public void Dispose() => data.Dispose();

    [Fact]
    public void Csv_IsUtf8WithBom_QuotesWhatNeedsIt_AndNeverStartsAFormula()
    {
        var bytes = ReportCsv.Write(ReportTable.Recommendations(report));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Số,Trạng thái,Quá hạn,", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\") sửa đổi khoản 1 Điều 7, thống nhất thời hạn\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(",2025-10-20,2025-11-19,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",có,", lines[1], StringComparison.Ordinal); // overdue
    }

    [Fact]
    public void Xlsx_HasASheetPerTable_WithTypedCells()
    {
        using var stream = new MemoryStream(ReportXlsx.Write(report));
        using var workbook = SpreadsheetDocument.Open(stream, false);

        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Tổng hợp", "Quá hạn", "Kiến nghị", "Phát hiện"], sheets.Select(s => s.Name!.Value));
        var summary = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        var totals = summary[1].Elements<Cell>().ToList();
        Assert.Equal("Tổng cộng", totals[0].InnerText);
        Assert.Equal(CellValues.Number, totals[5].DataType!.Value); // sent
        Assert.Equal("1", totals[5].CellValue!.Text);
        var overdue = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(2, overdue.Count);
        Assert.Contains("312/STP-XDKTVB", overdue[1].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_IsAnOfficialReport_ThatOurOwnParserReadsAsOne()
    {
        var letterhead = new ReportLetterhead { ParentBody = "Ủy ban nhân dân tỉnh Hòa Phong", Place = "Hòa Phong", SignerTitle = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], Signer = "Lê Minh Châu" };
        var bytes = ReportDocx.Write(report, letterhead);

        var extracted = await DocumentExtractor.ExtractAsync(new RawFile("bao-cao.docx", bytes), IngestLimits.Default);
        Assert.True(extracted.Succeeded, extracted.Error?.Message);
        var assembled = DocumentAssembler.Assemble(DocumentId.Create("bao-cao-abc123"), extracted.Value, "test");

        Assert.Equal("Báo cáo", assembled.Metadata.Type);
        Assert.Equal("Sở Tư pháp tỉnh Hòa Phong", assembled.Metadata.Issuer);
        Assert.Null(assembled.Metadata.IssueDate); // the number and the day are the clerk's, at issue
        Assert.Equal("Lê Minh Châu", assembled.Metadata.Signer);
        Assert.StartsWith("Tình hình xử lý kiến nghị", assembled.Metadata.Title, StringComparison.Ordinal);
        var text = assembled.Document.Text;
        Assert.Contains("Hòa Phong, ngày tháng năm 2025", text, StringComparison.Ordinal);
        Assert.Contains("Kiến nghị quá hạn chưa được trả lời: 1.", text, StringComparison.Ordinal);
        Assert.Contains("312/STP-XDKTVB ngày 20/10/2025", text, StringComparison.Ordinal);
        Assert.Contains("- Mâu thuẫn: 1 (đã xác nhận 0).", text, StringComparison.Ordinal); // the list's last item ends the sentence
        Assert.Contains("từ ngày 01/01/2025 đến ngày 31/12/2025", text, StringComparison.Ordinal);
        Assert.Contains(", Sở Tư pháp báo cáo tình hình", text, StringComparison.Ordinal); // the body's name as it is written, not "Sở tư pháp"
    }
}
