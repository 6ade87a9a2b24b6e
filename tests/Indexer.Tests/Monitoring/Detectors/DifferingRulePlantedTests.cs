using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

/// <summary>
/// One reporting duty set three times, written for these tests: by the province (10/3/2025), again by the
/// province later and differently (20/6/2025), and by a district. The district's clause departs from the
/// province's (a conflict with a higher document, the district's clause named first); the province's later
/// clause restates its earlier one (a candidate implicit replacement, with both dates, the earlier named first).
/// </summary>
public sealed class DifferingRulePlantedTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private static string Reporting(string deadline) => PlantedDecision.Reporting(deadline);

    private static string Decision(string issuer, string place, string number, string date, string article) => PlantedDecision.Text(issuer, place, number, date, article);

    private async Task<IReadOnlyList<Finding>> DetectAsync()
    {
        var index = LegalIndex.Open(data.Path);
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var earlier = Decision("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", "Hòa Phong", "70/2025/QĐ-UBND", "10 tháng 3 năm 2025",
            $"Điều 2. Chế độ báo cáo\n1. {Reporting("trước ngày 15 tháng 11")}\n");
        var later = Decision("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", "Hòa Phong", "80/2025/QĐ-UBND", "20 tháng 6 năm 2025",
            $"Điều 4. Chế độ báo cáo\n1. {Reporting("trước ngày 05 tháng 12")}\n");
        var district = Decision("ỦY BAN NHÂN DÂN HUYỆN TÂN LẠC", "Tân Lạc", "12/2025/QĐ-UBND", "01 tháng 4 năm 2025",
            $"Điều 3. Chế độ báo cáo\n1. {Reporting("trước ngày 30 tháng 11")}\n");
        var results = await pipeline.IngestAsync(
        [
            IngestInput.FromBytes("qd-70-2025.txt", Encoding.UTF8.GetBytes(earlier), "test:70", "test"),
            IngestInput.FromBytes("qd-80-2025.txt", Encoding.UTF8.GetBytes(later), "test:80", "test"),
            IngestInput.FromBytes("qd-12-2025.txt", Encoding.UTF8.GetBytes(district), "test:12", "test"),
        ]);
        Assert.All(results, r => Assert.True(r.Ok, r.Message));
        return OverlapDetector.Detect(index);
    }

    [Fact]
    public async Task DistrictClause_ThatDepartsFromTheProvinces_IsAConflictWithHigher_NamedFirst()
    {
        var findings = await DetectAsync();

        var conflicts = findings.Where(f => f.Class == FindingClass.ConflictWithHigher).ToList();
        Assert.Equal(2, conflicts.Count); // against each of the province's two decisions
        Assert.All(conflicts, f =>
        {
            Assert.Equal(OverlapDetector.ConflictWithHigherRule, f.FoundBy);
            Assert.StartsWith("qd-12-2025", f.Provisions[0].DocumentId.Value, StringComparison.Ordinal);
            Assert.StartsWith("Khoản 1 Điều 3 của Quyết định số 12/2025/QĐ-UBND", f.Description, StringComparison.Ordinal);
            Assert.Contains("văn bản của cơ quan cấp trên", f.Description, StringComparison.Ordinal);
            Assert.Contains("“", f.Evidence[0].Note, StringComparison.Ordinal);
        });
        var draft = RecommendationDraft.For(conflicts[0], new DocumentLabels(LegalIndex.Open(data.Path).Documents));
        Assert.StartsWith("Kiến nghị sửa đổi Quyết định số 12/2025/QĐ-UBND, khoản 1 Điều 3 cho phù hợp với Quyết định số", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvincesLaterClause_ThatRulesAgainDifferently_IsACandidateImplicitReplacement_WithTheDates()
    {
        var findings = await DetectAsync();

        var restatement = Assert.Single(findings, f => f.FoundBy == OverlapDetector.LaterRestatementRule);
        Assert.Equal(FindingClass.Contradiction, restatement.Class);
        Assert.Equal(["qd-70-2025", "qd-80-2025"], restatement.Provisions.Select(p => p.DocumentId.Value[..10]));
        Assert.Contains("Quyết định số 80/2025/QĐ-UBND ban hành ngày 20/06/2025, sau Quyết định số 70/2025/QĐ-UBND (ngày 10/03/2025)", restatement.Description, StringComparison.Ordinal);
        Assert.Contains("có thể đã bị thay thế ngầm", restatement.Description, StringComparison.Ordinal);
        Assert.Contains("trước ngày 15 tháng 11", restatement.Evidence[0].Note, StringComparison.Ordinal);
        Assert.Contains("trước ngày 05 tháng 12", restatement.Evidence[0].Note, StringComparison.Ordinal);
        Assert.Equal(3, findings.Count);
    }
}
