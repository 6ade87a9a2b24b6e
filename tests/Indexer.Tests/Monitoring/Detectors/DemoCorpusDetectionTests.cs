using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

using Model = LawMonitor.Indexer.Model;

/// <summary>
/// The bundled demo corpus (corpus/hoa-phong: DOCX, HTML, PDF and text, written by us) read through the real
/// pipeline: each file's metadata, and every detector's case in it — two decisions resting on the lapsed
/// Decree 59/2012, a 2024 plan carrying on the ended 2018-2022 plan, the overlapping and the contradicting
/// articles of two coordination rules — and nothing more.
/// </summary>
public sealed class DemoCorpusDetectionTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private async Task<LegalIndex> IngestAsync()
    {
        var index = LegalIndex.Open(data.Path);
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var results = await pipeline.IngestAsync(Directory.GetFiles(DemoCorpus.Folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Select(f => IngestInput.FromFile(f, "corpus")));
        Assert.All(results, r => Assert.True(r.Ok, r.Message));
        return index;
    }

    [Theory]
    [InlineData("qd-12-2019-quy-che-phoi-hop.docx", "12/2019/QĐ-UBND", "Quyết định", "2019-03-15", 10)]
    [InlineData("qd-17-2022-quy-che-phoi-hop-moi-truong.docx", "17/2022/QĐ-UBND", "Quyết định", "2022-06-09", 8)]
    [InlineData("qd-08-2021-quy-che-xu-ly-vi-pham.html", "08/2021/QĐ-UBND", "Quyết định", "2021-04-22", 8)]
    [InlineData("bc-118-2023-ket-qua-kiem-tra.html", "118/BC-STP", "Báo cáo", "2023-11-20", 0)]
    [InlineData("kh-25-2024-theo-doi-thi-hanh-phap-luat.pdf", "25/KH-UBND", "Kế hoạch", "2024-01-18", 0)]
    [InlineData("qd-05-2025-bai-bo.pdf", "05/2025/QĐ-UBND", "Quyết định", "2025-04-28", 3)]
    [InlineData("kh-40-2018-hoa-giai-co-so.txt", "40/KH-UBND", "Kế hoạch", "2018-06-12", 0)]
    public async Task EveryDemoFile_IsReadWithItsMetadataAndArticles(string file, string number, string type, string issued, int articles)
    {
        var index = await IngestAsync();
        var document = FindByFile(index, file);

        Assert.Equal(number, document.Number?.Display);
        Assert.Equal(type, document.Type);
        Assert.Equal(DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture), document.IssueDate);
        Assert.StartsWith(file.StartsWith("bc", StringComparison.Ordinal) ? "Sở Tư pháp" : "Ủy ban nhân dân tỉnh Hòa Phong", document.Issuer, StringComparison.Ordinal);
        Assert.Equal(articles, index.Documents.Articles().Count(a => a.Document == document.Id));
    }

    [Fact]
    public async Task Detectors_FindEachPlantedCaseOfTheDemo_AndNothingElse()
    {
        var index = await IngestAsync();
        var store = MonitoringStore.Open(data.Path);

        var summary = Detection.Run(index, store);

        var findings = store.ListFindings();
        string Labels(Finding f) => string.Join(" + ", f.Provisions.Select(p => p.DocumentId.Value[..10]).Distinct().Order());
        Assert.Equal(
            [
                "rule:ended-programme kh-25-2024",
                "rule:lapsed-basis qd-08-2021",
                "rule:lapsed-basis qd-17-2022",
                "rule:later-restatement qd-08-2021 + qd-17-2022",
                "rule:overlap qd-08-2021 + qd-17-2022",
            ],
            findings.Select(f => $"{f.FoundBy} {Labels(f)}").Order());
        var contradiction = Assert.Single(findings, f => f.Class == FindingClass.Contradiction);
        var changes = contradiction.Evidence[0].Diff!.Where(d => d.Kind == DiffSpanKind.Changed).Select(d => (d.Left, d.Right)).ToList();
        Assert.Contains(changes, c => (c.Left, c.Right) is ("30", "15") or ("15", "30"));
        Assert.DoesNotContain("{+", contradiction.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("bảo về", contradiction.Description, StringComparison.Ordinal);
        Assert.Contains("bảo vệ môi trường", contradiction.Description, StringComparison.Ordinal);
        Assert.Contains("có thể đã bị thay thế ngầm", contradiction.Description, StringComparison.Ordinal); // one UBND, the 2022 decision applies
        var lapsed = findings.Single(f => f.FoundBy == "rule:lapsed-basis" && f.Description.StartsWith("Quyết định số 08/2021/QĐ-UBND", StringComparison.Ordinal));
        Assert.Contains("Nghị định số 59/2012/NĐ-CP (đã được thay thế bởi Nghị định số 80/2025/NĐ-CP, từ ngày 01/04/2025)", lapsed.Description, StringComparison.Ordinal);
        Assert.Contains("Nghị định số 32/2020/NĐ-CP", lapsed.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("05/2025", lapsed.Description, StringComparison.Ordinal);
        Assert.Equal(FindingClass.Infeasible, findings.Single(f => f.FoundBy == "rule:ended-programme").Class);
        Assert.Equal(5, summary.TotalAdded);
        Assert.Equal(0, Detection.Run(index, store).TotalAdded);
    }

    private static Model.LegalDocument FindByFile(LegalIndex index, string file)
    {
        var slug = Path.GetFileNameWithoutExtension(file);
        using var connection = index.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc_key FROM documents WHERE doc_key LIKE $slug";
        command.Parameters.AddWithValue("$slug", slug + "-%");
        var key = (string)command.ExecuteScalar()!;
        return index.Documents.Get(Model.DocumentId.Create(key))!.Document;
    }
}
