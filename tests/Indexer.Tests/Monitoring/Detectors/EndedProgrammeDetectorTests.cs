using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

public sealed class EndedProgrammeDetectorTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private const string Programme = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 40/KH-UBND
        Hòa Phong, ngày 12 tháng 6 năm 2018
        KẾ HOẠCH
        Nâng cao hiệu quả công tác hòa giải ở cơ sở giai đoạn 2018-2022
        I. MỤC TIÊU
        1. Đến năm 2022, 100% tổ hòa giải được kiện toàn.
        """;

    private static string Plan(int year, string line) => $"""
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 7/KH-UBND
        Hòa Phong, ngày 10 tháng 01 năm {year}
        KẾ HOẠCH
        Phổ biến, giáo dục pháp luật năm {year}
        I. NHIỆM VỤ
        1. {line}
        2. Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức.
        """;

    private const string CarryOn = "Tiếp tục triển khai các nhiệm vụ của Kế hoạch số 40/KH-UBND ngày 12 tháng 6 năm 2018 về nâng cao hiệu quả công tác hòa giải ở cơ sở.";

    [Fact]
    public async Task LaterPlan_CarryingOnAnEndedProgramme_IsFound_WithItsSpanAndThePeriod()
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("kh-40-2018.txt", Programme), ("kh-7-2024.txt", Plan(2024, CarryOn)));

        var finding = Assert.Single(EndedProgrammeDetector.Detect(index));

        Assert.Equal(FindingClass.Infeasible, finding.Class);
        Assert.Equal(EndedProgrammeDetector.Rule, finding.FoundBy);
        Assert.Contains("2022", finding.Description, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số 7/KH-UBND", finding.Description, StringComparison.Ordinal);
        var provision = Assert.Single(finding.Provisions);
        Assert.StartsWith("kh-7-2024", provision.DocumentId.Value, StringComparison.Ordinal);
        var text = index.Documents.Version(LawMonitor.Indexer.Model.DocumentId.Create(provision.DocumentId.Value), provision.Version)!.Text;
        Assert.Equal("Kế hoạch số 40/KH-UBND ngày 12 tháng 6 năm 2018", text[provision.Start!.Value..provision.End!.Value]);
        Assert.StartsWith("kh-40-2018", finding.Evidence[0].Reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammeNotIngested_IsKnownEndedFromTheCitingClause()
    {
        var index = await IngestedTexts.IndexAsync(data.Path,
            ("kh-7-2025.txt", Plan(2025, "Thực hiện Quyết định số 1521/QĐ-UBND ngày 03 tháng 8 năm 2016 phê duyệt Đề án tăng cường năng lực hòa giải giai đoạn 2016 – 2020, định hướng đến năm 2030.")));

        var finding = Assert.Single(EndedProgrammeDetector.Detect(index));

        Assert.Contains("2020", finding.Description, StringComparison.Ordinal);
        Assert.Contains("giai doan 2016 2020", finding.Evidence[0].Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2022, CarryOn)] // still within the period
    [InlineData(2024, "Tổng kết việc thực hiện Kế hoạch số 40/KH-UBND ngày 12 tháng 6 năm 2018 về hòa giải ở cơ sở.")] // looking back
    [InlineData(2024, "Thực hiện Luật Hòa giải ở cơ sở và Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ.")] // not a programme
    [InlineData(2024, "Thực hiện Kế hoạch số 3/KH-UBND ngày 05 tháng 01 năm 2021 về chuyển đổi số giai đoạn 2021-2025.")] // not ended
    public async Task CurrentOrRetrospectiveOrNonProgrammeCitations_AreNotFlagged(int year, string line)
    {
        var index = await IngestedTexts.IndexAsync(data.Path, ("kh-40-2018.txt", Programme), ("kh-7.txt", Plan(year, line)));

        Assert.Empty(EndedProgrammeDetector.Detect(index));
    }

    [Fact]
    public async Task AReportOnAnEndedProgramme_IsARecord_NotReliance()
    {
        var report = """
            SỞ TƯ PHÁP TỈNH HÒA PHONG
            Số: 118/BC-STP
            Hòa Phong, ngày 20 tháng 3 năm 2023
            BÁO CÁO
            Kết quả công tác hòa giải ở cơ sở
            I. KẾT QUẢ
            1. Tiếp tục triển khai Kế hoạch số 40/KH-UBND ngày 12 tháng 6 năm 2018 về hòa giải ở cơ sở.
            """;
        var index = await IngestedTexts.IndexAsync(data.Path, ("kh-40-2018.txt", Programme), ("bc-118-2023.txt", report));

        Assert.Empty(EndedProgrammeDetector.Detect(index));
    }

    [Theory]
    [InlineData("Nâng cao hiệu quả hòa giải giai đoạn 2018-2022", false, 2022)]
    [InlineData("giai đoạn 2021 – 2025, định hướng đến năm 2030", false, 2025)]
    [InlineData("Chiến lược phát triển ngành Tư pháp đến năm 2020", false, 2020)]
    [InlineData("Theo dõi tình hình thi hành pháp luật năm 2024", true, 2024)]
    [InlineData("GIAI ĐOẠN 2016 - 2020", false, 2020)]
    public void Period_IsReadFromTitlesAndClauses(string text, bool yearly, int end) =>
        Assert.Equal(end, ProgrammePeriod.Find(text, yearly)?.EndYear);

    [Theory]
    [InlineData("Kế hoạch", "Nâng cao hiệu quả hòa giải giai đoạn 2018-2022", "Giai đoạn 2018–2022")]
    [InlineData("Chương trình", "Phổ biến, giáo dục pháp luật đến năm 2025", "Đến năm 2025")]
    [InlineData("Kế hoạch", "Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh năm 2026", "Năm 2026")]
    [InlineData("Quyết định", "Ban hành Kế hoạch … năm 2026", null)] // a decision's period is not its own
    [InlineData("Kế hoạch", "Kiểm tra việc thi hành pháp luật", null)]
    public void APlansPeriod_IsWordedAsPeopleWriteIt(string type, string title, string? words) =>
        Assert.Equal(words, ProgrammePeriod.OfDocument(type, title)?.Words);

    [Theory]
    [InlineData("Theo dõi tình hình thi hành pháp luật năm 2024", false)]
    [InlineData("Luật Hòa giải ở cơ sở năm 2013 và Nghị định số 15/2014/NĐ-CP", false)]
    [InlineData("tầm nhìn đến năm 2045", false)]
    [InlineData("", true)]
    public void NoPeriod_IsNull(string text, bool yearly) => Assert.Null(ProgrammePeriod.Find(text, yearly));
}
