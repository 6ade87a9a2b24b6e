using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

public sealed class LapsedBasisDetectorTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private Task<LegalIndex> IndexAsync(params (string Name, string Text)[] documents) => IngestedTexts.IndexAsync(data.Path, documents);

    private const string Coordination = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 12/2019/QĐ-UBND
        QUYẾT ĐỊNH
        Ban hành Quy chế phối hợp theo dõi tình hình thi hành pháp luật
        Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;
        Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ;
        Điều 1. Phạm vi điều chỉnh
        Quy chế này quy định việc phối hợp theo dõi tình hình thi hành pháp luật.
        """;

    private const string NewDecree = """
        CHÍNH PHỦ
        Số: 80/2025/NĐ-CP
        NGHỊ ĐỊNH
        Về tổ chức thi hành văn bản quy phạm pháp luật
        Điều 1. Phạm vi điều chỉnh
        Nghị định này quy định về tổ chức thi hành văn bản quy phạm pháp luật.
        Điều 2. Hiệu lực thi hành
        Nghị định này có hiệu lực từ ngày 01 tháng 4 năm 2025 và thay thế Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật.
        """;

    [Fact]
    public async Task BasisReplacedByALaterDocument_IsFound_WithItsSpanAndEvidence_AndOnlyOnce()
    {
        var index = await IndexAsync(("qd-12-2019.txt", Coordination), ("nd-80-2025.txt", NewDecree));
        var store = MonitoringStore.Open(data.Path);

        var first = Detection.Run(index, store);
        var second = Detection.Run(index, store);

        var finding = Assert.Single(store.ListFindings());
        Assert.Equal((1, 1), (first.Found[LapsedBasisDetector.Rule], first.TotalAdded));
        Assert.Equal((1, 0), (second.Found[LapsedBasisDetector.Rule], second.TotalAdded));
        Assert.Equal(FindingClass.LapsedBasis, finding.Class);
        Assert.Contains("59/2012/NĐ-CP", finding.Description, StringComparison.Ordinal);
        Assert.Contains("thay thế", finding.Description, StringComparison.Ordinal);
        var provision = Assert.Single(finding.Provisions);
        var citing = index.Documents.Version(LawMonitor.Indexer.Model.DocumentId.Create(provision.DocumentId.Value), provision.Version)!;
        Assert.Contains("59/2012/NĐ-CP", citing.Text[provision.Start!.Value..provision.End!.Value], StringComparison.Ordinal);
        Assert.StartsWith("nd-80-2025", Assert.Single(finding.Evidence).Reference, StringComparison.Ordinal);
    }

    private const string RepealingDecision = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 05/2025/QĐ-UBND
        QUYẾT ĐỊNH
        Bãi bỏ Quyết định số 12/2019/QĐ-UBND
        Điều 1. Bãi bỏ văn bản
        Bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh Hòa Phong.
        Điều 2. Hiệu lực thi hành
        Quyết định này có hiệu lực kể từ ngày ký.
        """;

    private const string Report = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 118/BC-UBND
        BÁO CÁO
        Kết quả kiểm tra năm 2023
        Năm 2023, các cơ quan thực hiện Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ nghiêm túc.
        """;

    [Fact]
    public async Task RepealedDocument_AndAReportOfWhatHeldThen_AreNotFlagged()
    {
        var index = await IndexAsync(("qd-12-2019.txt", Coordination), ("nd-80-2025.txt", NewDecree), ("qd-05-2025.txt", RepealingDecision), ("bc-118-2023.txt", Report));

        Assert.Empty(LapsedBasisDetector.Detect(index));
    }

    [Fact]
    public async Task BasisStillInForce_IsNotFound()
    {
        var index = await IndexAsync(("qd-12-2019.txt", Coordination.Replace("Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;\n", string.Empty, StringComparison.Ordinal)));

        Assert.Empty(LapsedBasisDetector.Detect(index));
    }

    private const string ProvincialReport = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 05/2025/QĐ-UBND
        QUYẾT ĐỊNH
        Bãi bỏ Quyết định số 30/2018/QĐ-UBND
        Điều 1. Bãi bỏ Quyết định số 30/2018/QĐ-UBND ngày 01 tháng 6 năm 2018 của Ủy ban nhân dân tỉnh Hòa Phong, do Nghị định số 59/2012/NĐ-CP là căn cứ ban hành đã hết hiệu lực kể từ ngày 01 tháng 4 năm 2025.
        Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
        """;

    [Fact]
    public async Task DecreeEndedByTheGovernment_IsSaidToBeReplacedByTheDecree_NeverEndedByAProvincialDecision()
    {
        // The decree is not held; a provincial decision says it has expired; the reference table knows who ended it.
        var index = await IndexAsync(("qd-12-2019.txt", Coordination), ("qd-05-2025.txt", ProvincialReport));

        var finding = Assert.Single(LapsedBasisDetector.Detect(index));

        Assert.Contains("Nghị định số 59/2012/NĐ-CP (đã được thay thế bởi Nghị định số 80/2025/NĐ-CP, từ ngày 01/04/2025)", finding.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("05/2025", finding.Description, StringComparison.Ordinal);
        Assert.StartsWith("Quyết định số 12/2019/QĐ-UBND lấy làm căn cứ", finding.Description, StringComparison.Ordinal);
        Assert.Equal("effect-fact", Assert.Single(finding.Evidence).Kind);
    }

    [Fact]
    public async Task ProvincialDecision_CannotEndADecree_ItsStatementIsARecordedFact()
    {
        var index = await IndexAsync(("qd-05-2025.txt", ProvincialReport.Replace("59/2012/NĐ-CP", "99/2015/NĐ-CP", StringComparison.Ordinal)),
            ("qd-12-2019.txt", Coordination.Replace("59/2012/NĐ-CP", "99/2015/NĐ-CP", StringComparison.Ordinal)));

        var finding = Assert.Single(LapsedBasisDetector.Detect(index));

        Assert.Contains("Nghị định số 99/2015/NĐ-CP (đã hết hiệu lực, theo ghi nhận tại Quyết định số 05/2025/QĐ-UBND, Điều 1)", finding.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("theo Quyết định", finding.Description, StringComparison.Ordinal);
    }
}
