using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.Indexer.Tests.Monitoring.Reports;

/// <summary>
/// Report figures over a register written through the real store with a fake clock: four recommendations
/// to two bodies — answered on time and accepted then implemented, answered late and rejected, sent and
/// overdue, still a draft — resting on findings of three classes.
/// </summary>
public sealed class ReportBuilderTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(7)));
    private readonly MonitoringStore store;

    public ReportBuilderTests()
    {
        store = MonitoringStore.Open(data.Path, clock);
        var contradiction = Confirmed(new Finding(default, FindingClass.Contradiction, "Thời hạn báo cáo 30/10 và 15/11 không thống nhất") { Field = "Xử lý vi phạm hành chính" });
        var lapsed = Confirmed(new Finding(default, FindingClass.LapsedBasis, "Căn cứ Nghị định 59/2012/NĐ-CP đã hết hiệu lực") { Field = "Theo dõi thi hành pháp luật" });
        var staff = store.AddFinding(new Finding(default, FindingClass.MissingConditions, "Thiếu công chức chuyên trách") { Field = "Theo dõi thi hành pháp luật" }, "lan");

        var accepted = Sent(Draft(RecommendedAction.Repeal, "Ủy ban nhân dân tỉnh Hòa Phong", lapsed), "87/STP-XDKTVB", new DateOnly(2025, 4, 8));
        accepted = store.AnswerRecommendation(accepted.Id, accepted.Version, "lan", "1520/UBND-NC", new DateOnly(2025, 4, 21), AnswerVerdict.Accepted, null).Value!;
        store.ImplementRecommendation(accepted.Id, accepted.Version, "lan", "qd-05-2025", new DateOnly(2025, 4, 28));

        var rejected = Sent(Draft(RecommendedAction.Amend, "Sở Tài nguyên và Môi trường", contradiction), "90/STP-XDKTVB", new DateOnly(2025, 4, 10));
        store.AnswerRecommendation(rejected.Id, rejected.Version, "lan", "55/STNMT", new DateOnly(2025, 5, 30), AnswerVerdict.Rejected, "Giữ nguyên");

        Sent(Draft(RecommendedAction.Organisational, "Ủy ban nhân dân tỉnh Hòa Phong", staff), "312/STP-XDKTVB", new DateOnly(2025, 10, 20));
        Draft(RecommendedAction.Amend, "Sở Tài nguyên và Môi trường", contradiction);
    }

    public void Dispose() => data.Dispose();

    private Finding Confirmed(Finding finding)
    {
        var stored = store.AddFinding(finding, "lan");
        return store.ConfirmFinding(stored.Id, stored.Version, "lan").Value!;
    }

    private Recommendation Draft(RecommendedAction action, string body, Finding behind) =>
        store.AddRecommendation(new Recommendation(default, action, body) { FindingIds = [behind.Id], Content = "Kiến nghị " + action }, "lan");

    private Recommendation Sent(Recommendation draft, string dispatch, DateOnly on) =>
        store.SendRecommendation(draft.Id, draft.Version, "lan", dispatch, on, null).Value!;

    [Fact]
    public void Totals_CountEachStateAsOfTheReportDay()
    {
        var report = ReportBuilder.Build(store, new ReportQuery(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), new DateOnly(2026, 12, 1));

        Assert.Equal(new DateOnly(2025, 12, 31), report.AsOf);
        var t = report.Totals;
        Assert.Equal((3, 2, 1), (t.FindingsFound, t.FindingsConfirmed, t.Drafted));
        Assert.Equal((3, 2, 1, 0, 1), (t.Sent, t.Answered, t.Accepted, t.PartlyAccepted, t.Rejected));
        Assert.Equal((1, 1), (t.Implemented, t.Overdue));
        Assert.Equal((1, 3), (t.AnsweredOnTime, t.Due)); // the rejection came after its deadline (10/5)
        Assert.Equal(1.0 / 3, t.OnTimeRate!.Value, 6);
        var overdue = Assert.Single(report.Overdue);
        Assert.Equal(("312/STP-XDKTVB", new DateOnly(2025, 11, 19), 42), (overdue.DispatchNumber, overdue.Deadline, overdue.DaysOverdue));
    }

    [Fact]
    public void FiguresAsOfAnEarlierDay_DoNotSeeLaterAnswers()
    {
        var report = ReportBuilder.Build(store, new ReportQuery(new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 15)), new DateOnly(2026, 12, 1));

        Assert.Equal((2, 1, 1), (report.Totals.Sent, report.Totals.Answered, report.Totals.Overdue)); // 90/STP was answered on 30/5, after the day of the figures
        Assert.Equal("90/STP-XDKTVB", Assert.Single(report.Overdue).DispatchNumber);
    }

    [Fact]
    public void Breakdowns_GroupByBodyClassAndField()
    {
        var report = ReportBuilder.Build(store, new ReportQuery(), new DateOnly(2026, 12, 1));

        var province = Assert.Single(report.ByAuthority, r => r.Group == "Ủy ban nhân dân tỉnh Hòa Phong").Figures;
        Assert.Equal((2, 1, 1, 2), (province.Sent, province.Overdue, province.Implemented, province.FindingsFound));
        var environment = Assert.Single(report.ByAuthority, r => r.Group == "Sở Tài nguyên và Môi trường").Figures;
        Assert.Equal((1, 1, 1), (environment.Sent, environment.Drafted, environment.Rejected));
        Assert.Equal(2, Assert.Single(report.ByField, r => r.Group == "Theo dõi thi hành pháp luật").Figures.Sent);
        Assert.Equal(1, Assert.Single(report.ByClass, r => r.Group == "Mâu thuẫn").Figures.FindingsFound);
        Assert.Contains(report.RecommendationsByStatus, p => p.Key == "quá hạn trả lời" && p.Value == 1);
    }

    [Fact]
    public void AFieldNotYetKnown_IsListedAfterEveryNamedOne_WhateverItsCount()
    {
        store.AddFinding(new Finding(default, FindingClass.Overlap, "Hai kế hoạch giao trùng một nhiệm vụ"), "lan");
        store.AddFinding(new Finding(default, FindingClass.Overlap, "Hai quy chế cùng quy định chế độ báo cáo"), "lan");
        store.AddFinding(new Finding(default, FindingClass.Overlap, "Hai văn bản cùng giao một cơ quan chủ trì"), "lan");

        var report = ReportBuilder.Build(store, new ReportQuery(), new DateOnly(2026, 12, 1));

        Assert.Equal("(chưa xác định)", report.ByField[^1].Group);
        Assert.Equal(3, report.ByField[^1].Figures.FindingsFound); // more than any named field, still last
    }

    [Fact]
    public void OnTimeSentence_SaysWhatTheRateIsAShareOf_OrThatNothingFellDue()
    {
        var report = ReportBuilder.Build(store, new ReportQuery(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), new DateOnly(2026, 12, 1));
        var before = ReportBuilder.Build(store, new ReportQuery(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)), new DateOnly(2026, 12, 1));

        Assert.Equal("Tỷ lệ trả lời đúng hạn: 33,3% (1/3 kiến nghị đến hạn).", OfficialDocx.OnTimeSentence(report.Totals));
        Assert.Equal("Chưa có kiến nghị đến hạn trả lời.", OfficialDocx.OnTimeSentence(before.Totals));
    }

    [Theory]
    [InlineData("ubnd tinh", null, null, null, 2, 2)]
    [InlineData(null, FindingClass.Contradiction, null, null, 2, 1)]
    [InlineData(null, null, "xu ly vi pham", null, 2, 1)]
    [InlineData(null, null, null, "overdue", 1, 3)]
    [InlineData(null, null, null, "draft", 1, 3)]
    [InlineData(null, null, null, "confirmed", 4, 2)]
    public void Filters_KeepWhatTheyName(string? authority, FindingClass? cls, string? field, string? status, int recommendations, int findings)
    {
        var report = ReportBuilder.Build(store, new ReportQuery { Authority = authority, Class = cls, Field = field, Status = status }, new DateOnly(2026, 12, 1));

        Assert.Equal((recommendations, findings), (report.Recommendations.Count, report.Findings.Count));
    }

    [Fact]
    public void UnknownStatus_IsNotAFilter() =>
        Assert.False(ReportBuilder.IsKnownStatus("pending"));
}
