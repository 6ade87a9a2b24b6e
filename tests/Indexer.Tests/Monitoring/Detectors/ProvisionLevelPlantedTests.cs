using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.Indexer.Tests.Support.Files;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

/// <summary>
/// Planted cases at the level of clauses and plan items, in text, HTML and DOCX, written for these tests:
/// a contradiction between clause 1 of two decisions' articles whose clause 2 is identical ("trước ngày 15
/// tháng 11" against "trước ngày 05 tháng 12"); an overlap between an article of a provincial decision and
/// item III.1 of a commune plan that repeats it almost word for word. Near-misses that must not be reported:
/// a clause sharing only the deadline, the same formula of effect with different dates in a clause, and a
/// restated definition. Every planted case must be found, and nothing else.
/// </summary>
public sealed class ProvisionLevelPlantedTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private const string SameSecondClause = "Báo cáo được gửi bằng văn bản giấy và bản điện tử qua hệ thống quản lý văn bản và điều hành của tỉnh, có chữ ký số của thủ trưởng cơ quan, đơn vị.";

    private const string Definition = "Theo dõi tình hình thi hành pháp luật là việc cơ quan nhà nước có thẩm quyền xem xét, đánh giá việc ban hành văn bản quy định chi tiết, tình hình bảo đảm các điều kiện cho thi hành pháp luật và tình hình tuân thủ pháp luật.";

    private const string Inspection = "Phòng Tư pháp chủ trì, phối hợp với các cơ quan chuyên môn tổ chức kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính tại các xã, phường ít nhất một lần trong năm, tổng hợp kết quả báo cáo Chủ tịch Ủy ban nhân dân.";

    private static string Reporting(string deadline) =>
        $"Các sở, ban, ngành gửi báo cáo kết quả theo dõi tình hình thi hành pháp luật trong lĩnh vực được giao về Sở Tư pháp {deadline} hằng năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.";

    private static string Decision(string number, string title, string body) =>
        $"ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: {number}\nQUYẾT ĐỊNH\n{title}\n{body}";

    private async Task<LegalIndex> IndexAsync()
    {
        var index = LegalIndex.Open(data.Path);
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var first = Decision("70/2025/QĐ-UBND", "Ban hành Quy chế theo dõi tình hình thi hành pháp luật",
            $"Điều 1. Giải thích từ ngữ\n{Definition}\nĐiều 2. Chế độ báo cáo\n1. {Reporting("trước ngày 15 tháng 11")}\n2. {SameSecondClause}\n"
            + "Điều 3. Quy định chuyển tiếp\n1. Các báo cáo đã gửi trước ngày Quy chế này được ban hành tiếp tục được tổng hợp theo mẫu cũ cho đến hết năm 2025.\n2. Quyết định này có hiệu lực kể từ ngày 10 tháng 3 năm 2025 và thay thế các quy định trước đây trái với Quyết định này.\n");
        var second = Decision("71/2025/QĐ-UBND", "Ban hành Quy chế phối hợp trong công tác pháp chế",
            $"Điều 1. Giải thích từ ngữ\n{Definition}\nĐiều 4. Chế độ báo cáo công tác pháp chế\n1. {Reporting("trước ngày 05 tháng 12")}\n2. {SameSecondClause}\n"
            + "Điều 5. Dự toán kinh phí\nCác sở, ban, ngành lập dự toán kinh phí bảo đảm cho công tác pháp chế, gửi Sở Tài chính thẩm định và tổng hợp trước ngày 15 tháng 11 hằng năm.\n"
            + "Điều 6. Quy định chuyển tiếp\n1. Các hồ sơ pháp chế đã tiếp nhận trước ngày Quy chế này được ban hành tiếp tục được xử lý theo quy định cũ.\n2. Quyết định này có hiệu lực kể từ ngày 20 tháng 4 năm 2025 và thay thế các quy định trước đây trái với Quyết định này.\n");
        var third = Decision("72/2025/QĐ-UBND", "Ban hành Quy định kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính",
            $"Điều 5. Kiểm tra việc thi hành pháp luật\n{Inspection}\n");
        var plan = new DocxBuilder()
            .Paragraph("ỦY BAN NHÂN DÂN XÃ TÂN LẠC").Paragraph("Số: 15/KH-UBND").Paragraph("Tân Lạc, ngày 10 tháng 01 năm 2026").Paragraph("KẾ HOẠCH")
            .Paragraph("Theo dõi tình hình thi hành pháp luật năm 2026")
            .Paragraph("I. MỤC ĐÍCH, YÊU CẦU").Paragraph("1. Nắm tình hình thi hành pháp luật về xử lý vi phạm hành chính trên địa bàn xã để kịp thời kiến nghị xử lý.")
            .Paragraph("II. NỘI DUNG").Paragraph("1. Theo dõi việc tuân thủ pháp luật về xử lý vi phạm hành chính của cán bộ, công chức xã và người dân.")
            .Paragraph("III. TỔ CHỨC THỰC HIỆN").Paragraph("1. " + Inspection.Replace("ít nhất một lần trong năm", "ít nhất một lần mỗi năm", StringComparison.Ordinal))
            .Paragraph("2. Công chức Tư pháp - Hộ tịch tham mưu tổ chức thực hiện Kế hoạch này.")
            .Build();
        var results = await pipeline.IngestAsync(
        [
            IngestInput.FromBytes("qd-70-2025.txt", Encoding.UTF8.GetBytes(first), "test:70", "test"),
            IngestInput.FromBytes("qd-71-2025.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(second.Split('\n').Select(l => $"<p>{System.Net.WebUtility.HtmlEncode(l)}</p>")) + "</body></html>"), "test:71", "test"),
            IngestInput.FromBytes("qd-72-2025.txt", Encoding.UTF8.GetBytes(third), "test:72", "test"),
            IngestInput.FromBytes("kh-15-2026.docx", plan, "test:15", "test"),
        ]);
        Assert.All(results, r => Assert.True(r.Ok, r.Message));
        return index;
    }

    [Fact]
    public async Task ClauseAndPlanItemCases_AreFound_WithTheirExactProvisions_AndNothingElse()
    {
        var index = await IndexAsync();

        var findings = OverlapDetector.Detect(index);

        var contradiction = Assert.Single(findings, f => f.Class == FindingClass.Contradiction);
        Assert.Equal([("qd-70-2025", "Điều 2.1"), ("qd-71-2025", "Điều 4.1")], contradiction.Provisions.Select(p => (p.DocumentId.Value[..10], p.Path)).Order());
        var changed = contradiction.Evidence[0].Diff!.Where(d => d.Kind == DiffSpanKind.Changed).Select(d => string.Join('/', new[] { d.Left, d.Right }.Order(StringComparer.Ordinal))).ToList();
        Assert.Equal(["05/15", "11/12"], changed); // "trước ngày 15 tháng 11" against "trước ngày 05 tháng 12", nothing else
        Assert.Contains("Khoản 1 Điều 2 của Quyết định số 70/2025/QĐ-UBND", contradiction.Description, StringComparison.Ordinal);

        var overlap = Assert.Single(findings, f => f.Class == FindingClass.Overlap);
        Assert.Equal([("kh-15-2026", "Mục III.1"), ("qd-72-2025", "Điều 5")], overlap.Provisions.Select(p => (p.DocumentId.Value[..10], p.Path)).Order());
        Assert.Contains("tổ chức kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính", overlap.Evidence[0].Note, StringComparison.Ordinal);

        foreach (var p in findings.SelectMany(f => f.Provisions))
        {
            var text = index.Documents.Version(LawMonitor.Indexer.Model.DocumentId.Create(p.DocumentId.Value), p.Version)!.Text;
            var span = text[p.Start!.Value..p.End!.Value];
            Assert.True(span.StartsWith("1.", StringComparison.Ordinal) || span.StartsWith("Điều 5.", StringComparison.Ordinal), span);
        }

        Assert.Equal(2, findings.Count); // the identical clause 2, the shared deadline, the formula of effect and the definition are not reported
    }

    [Fact]
    public async Task AShortProvision_IsComparedFromTheMinimumWords_AndNotBelowIt()
    {
        var index = await IndexAsync();

        var strict = OverlapDetector.Detect(index, OverlapSettings.Default with { MinWords = 60 });

        Assert.Empty(strict); // every planted provision is shorter than 60 words
    }
}
