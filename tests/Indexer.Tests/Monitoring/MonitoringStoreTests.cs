using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.Indexer.Tests.Monitoring;

public sealed class MonitoringStoreTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    private readonly MonitoringStore store;

    public MonitoringStoreTests() => store = MonitoringStore.Open(data.Path, clock);

    public void Dispose() => data.Dispose();

    private static Finding Lapsed(string? key = null) => new(default, FindingClass.LapsedBasis, "Quyết định 12/2019/QĐ-UBND căn cứ Nghị định 59/2012/NĐ-CP đã hết hiệu lực")
    {
        Provisions = [new ProvisionReference(LawMonitor.Indexer.Model.DocumentId.Parse("quyet-dinh-12-2019-abc123"), 1, "") { Start = 120, End = 214 }],
        Evidence = [new Evidence("document", "nghi-dinh-80-2025", "Nghị định 80/2025/NĐ-CP thay thế từ 01/4/2025")],
        Field = "tư pháp",
        FoundBy = key is null ? "" : "rule:lapsed-basis",
        DetectorKey = key,
    };

    [Fact]
    public void ConcurrentEdits_OneWins_TheOtherIsToldAndNothingIsLost()
    {
        var finding = store.AddFinding(Lapsed(), "lan");

        var first = store.ConfirmFinding(finding.Id, finding.Version, "lan");
        var second = store.DismissFinding(finding.Id, finding.Version, "minh", "Không đúng");

        Assert.True(first.Succeeded);
        Assert.Equal("conflict", second.Error!.Code);
        Assert.Contains("phiên bản 2", second.Error.Message, StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Confirmed, store.GetFinding(finding.Id)!.Status);
        Assert.Equal(2, store.GetFinding(finding.Id)!.Version);
        Assert.True(store.DismissFinding(finding.Id, 2, "minh", "Không đúng").Succeeded);
    }

    [Fact]
    public void History_KeepsEveryChange_WithWhoWhenWhatAndWhy()
    {
        var draft = store.AddRecommendation(new Recommendation(default, RecommendedAction.Repeal, "UBND tỉnh Hòa Phong") { Content = "Bãi bỏ Quyết định 12/2019/QĐ-UBND" }, "lan");
        clock.Advance(TimeSpan.FromDays(1));
        var sent = store.SendRecommendation(draft.Id, 1, "lan", "125/STP-XDPL", Today, null).Value!;
        clock.Advance(TimeSpan.FromDays(10));
        var refused = store.AnswerRecommendation(sent.Id, sent.Version, "minh", "88/UBND", null, AnswerVerdict.Accepted, null);
        var answered = store.AnswerRecommendation(sent.Id, sent.Version, "minh", "88/UBND", Today, AnswerVerdict.Accepted, "Tiếp thu").Value!;
        var closed = store.CloseRecommendation(answered.Id, answered.Version, "lan", "Đã thực hiện bằng văn bản khác");

        var history = store.History(MonitoringStore.RecommendationEntity, draft.Id.Value);

        Assert.False(refused.Succeeded);
        Assert.True(closed.Succeeded);
        Assert.Equal(["created", "sent", "answered", "closed"], history.Select(h => h.Action));
        Assert.Equal([1, 2, 3, 4], history.Select(h => h.Version));
        Assert.Equal(["lan", "lan", "minh", "lan"], history.Select(h => h.Actor));
        Assert.Equal(("\"draft\"", "\"sent\""), (history[1].Changes["status"].Old, history[1].Changes["status"].New));
        Assert.Equal("\"125/STP-XDPL\"", history[1].Changes["dispatchNumber"].New);
        Assert.Equal("\"2026-04-02\"", history[1].Changes["deadline"].New);
        Assert.Equal("Đã thực hiện bằng văn bản khác", history[3].Reason);
        Assert.Equal(clock.GetUtcNow(), history[3].At);
        Assert.True(history[2].At > history[1].At);
    }

    [Fact]
    public void Overdue_FollowsTheClock()
    {
        var draft = store.AddRecommendation(new Recommendation(default, RecommendedAction.Amend, "Sở Xây dựng"), "lan");
        store.SendRecommendation(draft.Id, 1, "lan", "7/STP", Today, null);

        Assert.Empty(store.Overdue(Today.AddDays(30)));
        Assert.Equal([draft.Id], store.Overdue(Today.AddDays(31)).Select(r => r.Id));
        Assert.True(store.GetRecommendation(draft.Id)!.IsOverdue(Today.AddDays(31)));
    }

    [Fact]
    public void DetectorCandidates_AreNeverDuplicated_WhateverTheirStatus()
    {
        var first = store.AddCandidate(Lapsed("lapsed:qd-12-2019:nd-59-2012"))!;
        store.DismissFinding(first.Id, first.Version, "lan", "Đã xem xét");

        Assert.Null(store.AddCandidate(Lapsed("lapsed:qd-12-2019:nd-59-2012")));
        Assert.Single(store.ListFindings());
        Assert.Equal("rule:lapsed-basis", store.GetFinding(first.Id)!.FoundBy);
        Assert.Equal(["detected", "dismissed"], store.History(MonitoringStore.FindingEntity, first.Id.Value).Select(h => h.Action));
    }

    [Fact]
    public void History_IsAppendOnly_EvenThroughSql()
    {
        var finding = store.AddFinding(Lapsed(), "lan");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data.Path, MonitoringStore.FileName)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM history";

        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery());
        Assert.Single(store.History(MonitoringStore.FindingEntity, finding.Id.Value));
    }

    [Fact]
    public void UnknownRecord_IsNotFound()
    {
        Assert.Equal("not-found", store.ConfirmFinding(new FindingId(999), 1, "lan").Error!.Code);
        Assert.Equal("not-found", store.CloseRecommendation(new RecommendationId(999), 1, "lan", "x").Error!.Code);
    }
}
