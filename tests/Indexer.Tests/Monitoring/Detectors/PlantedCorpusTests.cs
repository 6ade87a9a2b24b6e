using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

/// <summary>
/// A corpus written for these tests with one planted case per detector — an overlap, a contradiction on a
/// deadline, a lapsed basis, an ended programme carried on, a sent recommendation whose target a later
/// decision amends — among decisions that share only the formulas every decision has, articles on other
/// subjects, and a repealed decision repeating a live one (not an overlap). Every planted case must be
/// found, and nothing else.
/// </summary>
public sealed class PlantedCorpusTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private static string Formula(int article) => $"""
        Điều {article}. Hiệu lực thi hành
        Quyết định này có hiệu lực kể từ ngày 01 tháng 7 năm 2023. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành và Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.
        """;

    private const string Reception = "Cơ quan, đơn vị tiếp nhận phản ánh, kiến nghị của người dân và doanh nghiệp về quy định hành chính có trách nhiệm phân loại, chuyển đến cơ quan có thẩm quyền xử lý, theo dõi việc xử lý và công khai kết quả xử lý trên Cổng thông tin điện tử của tỉnh; trường hợp phản ánh không thuộc thẩm quyền thì hướng dẫn người phản ánh gửi đến cơ quan có thẩm quyền.";

    private static string Reporting(int day) => $"Các sở, ban, ngành và Ủy ban nhân dân các xã, phường tổng hợp kết quả theo dõi tình hình thi hành pháp luật trong lĩnh vực được giao, gửi báo cáo bằng văn bản và qua hệ thống phần mềm về Sở Tư pháp trước ngày {day} tháng 11 hằng năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Tư pháp.";

    private static string Decision(string number, string title, params string[] articles)
    {
        var text = new StringBuilder($"ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: {number}\nQUYẾT ĐỊNH\n{title}\n");
        for (var i = 0; i < articles.Length; i++)
        {
            text.Append($"Điều {i + 1}. {articles[i]}\n");
        }

        text.Append(Formula(articles.Length + 1));
        return text.ToString();
    }

    private Task<LegalIndex> IndexAsync()
    {
        var documents = new (string Name, string Text)[]
        {
            ("qd-21-2022.txt", Decision("21/2022/QĐ-UBND", "Ban hành Quy chế tiếp nhận phản ánh, kiến nghị",
                "Phạm vi điều chỉnh\nQuy chế này quy định việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh Hòa Phong.",
                "Tiếp nhận phản ánh\n" + Reception)),
            ("qd-30-2023.txt", Decision("30/2023/QĐ-UBND", "Ban hành Quy chế phối hợp cải cách thủ tục hành chính",
                "Phạm vi điều chỉnh\nQuy chế này quy định trách nhiệm phối hợp giữa các cơ quan trong công tác kiểm soát thủ tục hành chính và cải cách hành chính.",
                "Trách nhiệm của cơ quan tiếp nhận\n" + Reception.Replace("và công khai kết quả", "và công bố kết quả", StringComparison.Ordinal))),
            ("qd-44-2023.txt", Decision("44/2023/QĐ-UBND", "Ban hành Quy chế theo dõi tình hình thi hành pháp luật",
                "Phạm vi điều chỉnh\nQuy chế này quy định việc theo dõi tình hình thi hành pháp luật của các cơ quan hành chính nhà nước trên địa bàn tỉnh.",
                "Chế độ báo cáo\n" + Reporting(15))),
            ("qd-45-2023.txt", Decision("45/2023/QĐ-UBND", "Ban hành Quy định về công tác pháp chế",
                "Phạm vi điều chỉnh\nQuy định này quy định về tổ chức pháp chế tại các sở, ngành, đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh.",
                "Báo cáo kết quả\n" + Reporting(30))),
            ("qd-12-2019.txt", Decision("12/2019/QĐ-UBND", "Ban hành Quy chế phối hợp kiểm tra văn bản",
                "Căn cứ ban hành và phạm vi\nQuy chế này được ban hành căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ, quy định việc phối hợp kiểm tra, rà soát văn bản giữa các cơ quan chuyên môn.",
                "Trách nhiệm rà soát\nCơ quan chủ trì soạn thảo tự kiểm tra văn bản do mình tham mưu ban hành ngay sau khi văn bản được công bố và đề xuất xử lý văn bản trái pháp luật.")),
            ("qd-50-2023.txt", Decision("50/2023/QĐ-UBND", "Ban hành Quy định quản lý cụm công nghiệp",
                "Phạm vi điều chỉnh\nQuy định này quy định việc quản lý nhà nước đối với cụm công nghiệp, hạ tầng kỹ thuật và môi trường trong cụm công nghiệp.",
                "Bảo vệ môi trường\nChủ đầu tư hạ tầng cụm công nghiệp phải xây dựng hệ thống thu gom, xử lý nước thải tập trung đạt quy chuẩn trước khi đưa cụm công nghiệp vào hoạt động.")),
            ("kh-40-2018.txt", "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 40/KH-UBND\nHòa Phong, ngày 12 tháng 6 năm 2018\nKẾ HOẠCH\nNâng cao hiệu quả công tác hòa giải ở cơ sở giai đoạn 2018-2022\nI. MỤC TIÊU\n1. Đến năm 2022, 100% tổ hòa giải ở cơ sở được kiện toàn.\n"),
            ("kh-9-2024.txt", "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 9/KH-UBND\nHòa Phong, ngày 15 tháng 01 năm 2024\nKẾ HOẠCH\nPhổ biến, giáo dục pháp luật năm 2024\nI. NHIỆM VỤ\n1. Tiếp tục triển khai Kế hoạch số 40/KH-UBND ngày 12 tháng 6 năm 2018 về hòa giải ở cơ sở.\n2. Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức.\n"),
            ("qd-61-2024.txt", Decision("61/2024/QĐ-UBND", "Sửa đổi, bổ sung Quy định quản lý cụm công nghiệp",
                "Sửa đổi Quy định\nSửa đổi, bổ sung Điều 2 của Quyết định số 50/2023/QĐ-UBND ngày 10 tháng 8 năm 2023 của Ủy ban nhân dân tỉnh về quản lý cụm công nghiệp.")),
            ("qd-3-2020.txt", Decision("3/2020/QĐ-UBND", "Ban hành Quy chế tiếp nhận phản ánh (đã bãi bỏ)",
                "Phạm vi điều chỉnh\nQuy chế này quy định việc tiếp nhận phản ánh của người dân trên địa bàn tỉnh.",
                "Tiếp nhận phản ánh\n" + Reception)),
            ("qd-4-2021.txt", Decision("4/2021/QĐ-UBND", "Bãi bỏ Quyết định số 3/2020/QĐ-UBND",
                "Bãi bỏ văn bản\nBãi bỏ Quyết định số 3/2020/QĐ-UBND ngày 10 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh.")),
            ("nd-80-2025.txt", "CHÍNH PHỦ\nSố: 80/2025/NĐ-CP\nNGHỊ ĐỊNH\nVề tổ chức thi hành văn bản quy phạm pháp luật\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về tổ chức thi hành văn bản quy phạm pháp luật.\nĐiều 2. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 01 tháng 4 năm 2025 và thay thế Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ.\n"),
        };
        return IngestedTexts.IndexAsync(data.Path, documents);
    }

    [Fact]
    public async Task EveryPlantedCase_IsFound_AndNothingElse()
    {
        var index = await IndexAsync();
        var store = MonitoringStore.Open(data.Path);

        var sent = store.AddRecommendation(new Recommendation(default, RecommendedAction.Amend, "Ủy ban nhân dân tỉnh Hòa Phong")
        {
            Targets = [new ProvisionReference(index.Documents.Articles().First(a => a.Document.Value.StartsWith("qd-50-2023", StringComparison.Ordinal)).Document, 1, "Điều 2")],
        }, "test");
        sent = store.SendRecommendation(sent.Id, sent.Version, "test", "12/STP-XDKTVB", new DateOnly(2024, 1, 5), null).Value!;

        var summary = Detection.Run(index, store);
        var findings = store.ListFindings();

        var overlap = Assert.Single(findings, f => f.Class == FindingClass.Overlap);
        Assert.Equal(["qd-21-2022", "qd-30-2023"], overlap.Provisions.Select(p => p.DocumentId.Value[..10]).Order());
        Assert.Contains("phân loại, chuyển đến cơ quan có thẩm quyền xử lý", overlap.Evidence[0].Note, StringComparison.Ordinal);
        var contradiction = Assert.Single(findings, f => f.Class == FindingClass.Contradiction);
        Assert.Equal(["qd-44-2023", "qd-45-2023"], contradiction.Provisions.Select(p => p.DocumentId.Value[..10]).Order());
        Assert.Contains(contradiction.Evidence[0].Diff!, d => d.Kind == DiffSpanKind.Changed && (d.Left, d.Right) is ("30", "15") or ("15", "30"));
        Assert.DoesNotContain("[-", contradiction.Evidence[0].Note, StringComparison.Ordinal);
        var lapsed = Assert.Single(findings, f => f.FoundBy == LapsedBasisDetector.Rule);
        Assert.StartsWith("qd-12-2019", lapsed.Provisions[0].DocumentId.Value, StringComparison.Ordinal);
        var ended = Assert.Single(findings, f => f.FoundBy == EndedProgrammeDetector.Rule);
        Assert.StartsWith("kh-9-2024", ended.Provisions[0].DocumentId.Value, StringComparison.Ordinal);
        var proposal = store.GetRecommendation(sent.Id)!.ProposedOutcome;
        Assert.StartsWith("qd-61-2024", proposal?.DocumentId, StringComparison.Ordinal);
        Assert.Equal(4, findings.Count); // precision: every reported candidate is a planted one (qd-3-2020, repealed, overlaps nothing)
        Assert.Equal(5, summary.TotalAdded);
        Assert.Equal(0, Detection.Run(index, store).TotalAdded);
    }

    [Fact]
    public async Task ProvisionSpans_PointAtTheArticlesInTheirVersionsText()
    {
        var index = await IndexAsync();

        var overlap = OverlapDetector.Detect(index).Single(f => f.Class == FindingClass.Overlap);

        foreach (var p in overlap.Provisions)
        {
            var text = index.Documents.Version(LawMonitor.Indexer.Model.DocumentId.Create(p.DocumentId.Value), p.Version)!.Text;
            Assert.StartsWith("Điều 2.", text[p.Start!.Value..p.End!.Value], StringComparison.Ordinal);
        }
    }
}
