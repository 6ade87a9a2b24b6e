using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Monitoring.Detectors;

public sealed class ClosingTheLoopDetectorTests : IDisposable
{
    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    private const string Target = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 12/2019/QĐ-UBND
        QUYẾT ĐỊNH
        Ban hành Quy chế phối hợp theo dõi tình hình thi hành pháp luật
        Điều 1. Phạm vi điều chỉnh
        Quy chế này quy định việc phối hợp theo dõi tình hình thi hành pháp luật.
        """;

    private const string Repeal = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 05/2025/QĐ-UBND
        QUYẾT ĐỊNH
        Bãi bỏ Quyết định số 12/2019/QĐ-UBND
        Điều 1. Bãi bỏ văn bản
        Bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày 15 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh Hòa Phong.
        """;

    [Fact]
    public async Task RepealOfTheTarget_IsProposedAsTheOutcome_OfASentRecommendationOnly_Once()
    {
        var index = LegalIndex.Open(data.Path);
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var target = (await pipeline.IngestAsync([IngestInput.FromBytes("qd-12-2019.txt", Encoding.UTF8.GetBytes(Target), "test:qd12", "test")]))[0].DocumentId!.Value.Value;
        var store = MonitoringStore.Open(data.Path);
        var recommendation = new Recommendation(default, RecommendedAction.Repeal, "UBND tỉnh Hòa Phong") { Targets = [new ProvisionReference(LawMonitor.Indexer.Model.DocumentId.Parse(target), 1, "")] };
        var sent = store.AddRecommendation(recommendation, "lan");
        store.SendRecommendation(sent.Id, 1, "lan", "125/STP-XDPL", new DateOnly(2025, 1, 10), null);
        var draft = store.AddRecommendation(recommendation, "lan");

        Assert.Equal(0, ClosingTheLoopDetector.Run(index, store)); // nothing repeals it yet
        var repeal = (await pipeline.IngestAsync([IngestInput.FromBytes("qd-05-2025.txt", Encoding.UTF8.GetBytes(Repeal), "test:qd05", "test")]))[0].DocumentId!.Value.Value;

        Assert.Equal(1, ClosingTheLoopDetector.Run(index, store));
        Assert.Equal(0, ClosingTheLoopDetector.Run(index, store));
        var proposed = store.GetRecommendation(sent.Id)!;
        Assert.Equal((repeal, "Repeals"), (proposed.ProposedOutcome!.DocumentId, proposed.ProposedOutcome.Relation));
        Assert.Equal(RecommendationStatus.Sent, proposed.Status); // a person confirms
        Assert.Null(store.GetRecommendation(draft.Id)!.ProposedOutcome);
        var history = store.History(MonitoringStore.RecommendationEntity, sent.Id.Value);
        Assert.Equal(("outcome-proposed", ClosingTheLoopDetector.Rule), (history[^1].Action, history[^1].Actor));
    }
}
