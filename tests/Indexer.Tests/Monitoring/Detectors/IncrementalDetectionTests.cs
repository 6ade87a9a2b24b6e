using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

/// <summary>
/// Incremental overlap detection on the real pipeline: the demo corpus and three decisions setting one duty
/// differently, ingested in batches. Each run prepares only the batch, and the runs together find exactly
/// what the full run finds; removing a document forgets its provisions.
/// </summary>
public sealed class IncrementalDetectionTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private static string Reporting(string deadline) => PlantedDecision.Reporting(deadline);

    private static IngestInput Decision(string issuer, string number, string date, string article) =>
        IngestInput.FromBytes($"qd-{number.Split('/')[0]}.txt", Encoding.UTF8.GetBytes(PlantedDecision.Text(issuer, "Hòa Phong", number, date, article)), "test:" + number, "test");

    private static IReadOnlyList<IngestInput[]> Batches()
    {
        var demo = Directory.GetFiles(DemoCorpus.Folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(f => IngestInput.FromFile(f, "corpus")).ToList();
        return
        [
            [.. demo.Take(3)],
            [.. demo.Skip(3)],
            [
                Decision("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", "70/2025/QĐ-UBND", "10 tháng 3 năm 2025", $"Điều 2. Chế độ báo cáo\n1. {Reporting("trước ngày 15 tháng 11")}\n"),
                Decision("ỦY BAN NHÂN DÂN HUYỆN TÂN LẠC", "12/2025/QĐ-UBND", "01 tháng 4 năm 2025", $"Điều 3. Chế độ báo cáo\n1. {Reporting("trước ngày 30 tháng 11")}\n"),
            ],
            [Decision("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", "80/2025/QĐ-UBND", "20 tháng 6 năm 2025", $"Điều 4. Chế độ báo cáo\n1. {Reporting("trước ngày 05 tháng 12")}\n")],
        ];
    }

    [Fact]
    public async Task RunsAfterEachBatch_PrepareOnlyTheBatch_AndTogetherFindWhatTheFullRunFinds()
    {
        var index = LegalIndex.Open(data.Path);
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var units = DetectorUnitStore.Open(data.Path);
        var incremental = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in Batches())
        {
            var results = await pipeline.IngestAsync(batch);
            Assert.All(results, r => Assert.True(r.Ok, r.Message));

            var run = OverlapDetector.DetectChanged(index, units);

            Assert.Equal(batch.Length, run.PreparedDocuments);
            Assert.Equal(0, run.RemovedDocuments);
            Assert.All(run.Findings, f => Assert.True(incremental.Add(f.DetectorKey!), "found twice: " + f.DetectorKey));
        }

        var full = OverlapDetector.Detect(index).Select(f => f.DetectorKey!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(5, full.Count); // the demo's overlap and restatement; the province's restatement and the district's two conflicts with higher
        Assert.Equal(full.Order(StringComparer.Ordinal), incremental.Order(StringComparer.Ordinal));
        Assert.Equal(OverlapDetector.CountUnits(index, includeEnded: true), units.Count());

        var again = OverlapDetector.DetectChanged(index, units);
        Assert.Equal(0, again.PreparedDocuments);
        Assert.Empty(again.Findings);
    }

    [Fact]
    public async Task CancelledRun_StoresNothing_AndTheNextRunFindsWhatItWouldHaveFound()
    {
        var index = LegalIndex.Open(data.Path);
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var units = DetectorUnitStore.Open(data.Path);
        var store = MonitoringStore.Open(data.Path);
        await pipeline.IngestAsync([.. Batches()[2], .. Batches()[3]]);
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        Assert.Throws<OperationCanceledException>(() => Detection.Run(index, store, units, cancellationToken: stop.Token));
        Assert.Throws<OperationCanceledException>(() => OverlapDetector.DetectChanged(index, units, cancellationToken: stop.Token));

        Assert.Equal(0, units.Count()); // no provision was stored as compared without its findings
        Assert.Empty(store.ListFindings());
        var next = Detection.Run(index, store, units);
        Assert.Equal(3, next.Found[OverlapDetector.ConflictWithHigherRule] + next.Found[OverlapDetector.LaterRestatementRule]);
        Assert.Equal(OverlapDetector.CountUnits(index, includeEnded: true), units.Count());
    }

    [Fact]
    public async Task RemovedDocument_IsForgotten_AndTheFullRunRebuildsTheStore()
    {
        var index = LegalIndex.Open(data.Path);
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var units = DetectorUnitStore.Open(data.Path);
        await pipeline.IngestAsync(Batches()[2]);
        OverlapDetector.DetectChanged(index, units);
        var before = units.Count();
        var district = index.Documents.WithNumber("12/2025/QĐ-UBND").Single();
        using (var writer = index.CreateWriter())
        {
            writer.Delete(district);
            writer.Commit();
        }

        var run = OverlapDetector.DetectChanged(index, units);

        Assert.Equal(1, run.RemovedDocuments);
        Assert.Equal(0, run.PreparedDocuments);
        Assert.Equal(before - 1, units.Count());

        units.Clear();
        var all = OverlapDetector.DetectAll(index, units);
        Assert.Equal(OverlapDetector.CountUnits(index, includeEnded: true), units.Count());
        Assert.Empty(all); // one decision left of the pair
        Assert.Empty(OverlapDetector.DetectChanged(index, units).Findings);
    }

    [Fact]
    public async Task RemovingADocument_RetiresItsOpenCandidates_WithHistory_AndLeavesConfirmedOnes()
    {
        var index = LegalIndex.Open(data.Path);
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var units = DetectorUnitStore.Open(data.Path);
        var store = MonitoringStore.Open(data.Path);
        await pipeline.IngestAsync([.. Batches()[2], .. Batches()[3]]);
        var first = Detection.Run(index, store, units);
        Assert.Equal(3, first.Found[OverlapDetector.ConflictWithHigherRule] + first.Found[OverlapDetector.LaterRestatementRule]);
        var restatement = store.ListFindings().Single(f => f.FoundBy == OverlapDetector.LaterRestatementRule);
        Assert.True(store.ConfirmFinding(restatement.Id, restatement.Version, "lan").Succeeded);

        var later = index.Documents.WithNumber("80/2025/QĐ-UBND").Single();
        using (var writer = index.CreateWriter())
        {
            writer.Delete(later);
            writer.Commit();
        }

        var second = Detection.Run(index, store, units);

        Assert.Equal(1, second.Retired); // the district's conflict with the removed decision; the confirmed restatement stays
        var retired = Assert.Single(store.ListFindings(FindingStatus.Dismissed));
        Assert.Equal(OverlapDetector.ConflictWithHigherRule, retired.FoundBy);
        Assert.Contains("đã bị gỡ khỏi kho", retired.Reason, StringComparison.Ordinal);
        var history = store.History(MonitoringStore.FindingEntity, retired.Id.Value);
        Assert.Equal(Detection.SystemActor, history[^1].Actor);
        Assert.Equal(FindingStatus.Confirmed, store.GetFinding(restatement.Id)!.Status);
        Assert.Single(store.ListFindings(FindingStatus.Open), f => f.FoundBy == OverlapDetector.ConflictWithHigherRule);
    }
}
