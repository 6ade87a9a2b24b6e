using System.Text;
using LawMonitor.Indexer.Calendar;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Alerts;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.SearchApi.Tests.Alerts;

/// <summary>
/// Deadline alerts on a clock the test moves: a plan and a decision that sets a duty to report are ingested through
/// the real pipeline, their task and duty read into the real registers, and the checker run as the hourly service
/// runs it. Whoever watches the lead body, the body owing the report or the plan is told when the task or report
/// falls due within 7 days and again when it becomes overdue, once each; others are told nothing.
/// </summary>
public sealed class DeadlineAlertTests : IDisposable
{
    private const string Plan = """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH AN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 12/KH-UBND
        Bình An, ngày 16 tháng 01 năm 2025
        KẾ HOẠCH
        Theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh Bình An năm 2025
        Ủy ban nhân dân tỉnh ban hành Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025 như sau:
        I. NỘI DUNG
        1. Khảo sát tình hình thi hành pháp luật về hộ tịch
        - Đơn vị chủ trì: Sở Tư pháp.
        - Thời hạn hoàn thành: trước ngày 30/6/2025.
        - Sản phẩm: Báo cáo kết quả khảo sát.
        2. Theo dõi tình hình thi hành pháp luật trong lĩnh vực đất đai
        - Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
        - Thời gian thực hiện: Quý IV năm 2025.
        II. TỔ CHỨC THỰC HIỆN
        Sở Tư pháp chủ trì, hướng dẫn, đôn đốc việc thực hiện Kế hoạch này.
        Nơi nhận:
        - Bộ Tư pháp;
        - Lưu: VT, NC.
        """;

    private const string Decision = """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH AN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 70/2025/QĐ-UBND
        Bình An, ngày 10 tháng 3 năm 2025
        QUYẾT ĐỊNH
        Ban hành Quy chế theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh
        Điều 5. Chế độ báo cáo
        1. Các sở, ban, ngành tỉnh gửi báo cáo công tác theo dõi tình hình thi hành pháp luật về Sở Tư pháp trước ngày 15 tháng 11 hằng năm.
        """;

    private readonly TempDirectory data = new();
    private readonly FakeTimeProvider clock = new(Vietnam(2025, 6, 20));
    private readonly LegalIndex index;
    private readonly MonitoringStore registers;
    private readonly AlertStore alerts;
    private readonly AlertChecker checker;

    public DeadlineAlertTests()
    {
        index = LegalIndex.Open(data.Path);
        registers = MonitoringStore.Open(data.Path, clock);
        alerts = new AlertStore(data.Path, clock);
        checker = new AlertChecker(alerts, index, new SearchEngine(index), registers, clock);
        registers.ReplaceBodies(
        [
            new GovernmentBody("Sở Tư pháp", []),
            new GovernmentBody("Sở Y tế", ["các sở, ban, ngành"]),
            new GovernmentBody("Sở Xây dựng", ["các sở, ban, ngành"]),
        ]);
    }

    public void Dispose() => data.Dispose();

    private static DateTimeOffset Vietnam(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.FromHours(7));

    private async Task<PlanTask> IngestAndConfirmSurveyAsync()
    {
        var pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        var results = await pipeline.IngestAsync(new[] { ("kh-12-2025.txt", Plan), ("qd-70-2025.txt", Decision) }
            .Select(f => IngestInput.FromBytes(f.Item1, Encoding.UTF8.GetBytes(f.Item2), "test:" + f.Item1, "test")));
        Assert.All(results, r => Assert.True(r.Ok, r.Message));
        Detection.Run(index, registers, calendar: new VietnamCalendar(clock));
        foreach (var proposal in registers.ListTasks(PlanTaskStatus.Proposed))
        {
            Assert.True(registers.ConfirmTask(proposal.Id, proposal.Version, "lan").Succeeded);
        }

        return Assert.Single(registers.ListTasks(), t => t.LeadBody == "Sở Tư pháp");
    }

    private List<string> Messages(string owner) => [.. alerts.Notifications(owner).Select(n => n.Message).Reverse()];

    [Fact]
    public async Task TaskOfAWatchedBody_IsToldWhenItFallsDue_AndWhenOverdue_OnceEach()
    {
        var survey = await IngestAndConfirmSurveyAsync();
        alerts.AddBodyWatch("lan", "Sở Tư pháp");
        alerts.AddBodyWatch("minh", "Sở Xây dựng");
        Assert.Equal(0, checker.CheckDeadlines()); // 20/6: ten days ahead is not yet news

        clock.SetUtcNow(Vietnam(2025, 6, 24));
        Assert.Equal(1, checker.CheckDeadlines());
        Assert.Equal(0, checker.CheckDeadlines()); // the same day again: told once

        clock.SetUtcNow(Vietnam(2025, 7, 1));
        Assert.Equal(1, checker.CheckDeadlines());

        Assert.Equal(
        [
            "Nhiệm vụ “Khảo sát tình hình thi hành pháp luật về hộ tịch” (Kế hoạch số 12/KH-UBND, Mục I.1) do Sở Tư pháp chủ trì đến hạn ngày 30/06/2025 (còn 6 ngày).",
            "Nhiệm vụ “Khảo sát tình hình thi hành pháp luật về hộ tịch” (Kế hoạch số 12/KH-UBND, Mục I.1) do Sở Tư pháp chủ trì đã quá hạn 1 ngày (hạn 30/06/2025).",
        ], Messages("lan"));
        Assert.All(alerts.Notifications("lan"), n => Assert.Equal("Bạn theo dõi cơ quan Sở Tư pháp", n.Reason));
        Assert.Empty(Messages("minh"));

        var current = registers.GetTask(survey.Id)!;
        Assert.True(registers.CompleteTask(current.Id, current.Version, "lan", "Báo cáo số 95/BC-STP", new DateOnly(2025, 7, 2)).Succeeded);
        clock.SetUtcNow(Vietnam(2025, 7, 3));
        Assert.Equal(0, checker.CheckDeadlines()); // done: no more
    }

    [Fact]
    public async Task ReportOwed_IsToldToWhoeverWatchesTheBodyOrTheDocumentThatSetsIt()
    {
        await IngestAndConfirmSurveyAsync();
        var decision = Assert.Single(index.Documents.WithNumber("70/2025/QĐ-UBND"));
        alerts.AddBodyWatch("minh", "Sở Xây dựng");
        var watch = alerts.AddWatch("hoa", decision.Value, "", "Quyết định số 70/2025/QĐ-UBND");
        Assert.Equal(0, checker.Check(watch, baseline: true));

        clock.SetUtcNow(Vietnam(2025, 11, 10));
        checker.CheckDeadlines();
        clock.SetUtcNow(Vietnam(2025, 11, 17));
        checker.CheckDeadlines();

        Assert.Equal(
        [
            "Sở Xây dựng phải gửi báo cáo công tác theo dõi tình hình thi hành pháp luật năm 2025 cho Sở Tư pháp: đến hạn ngày 15/11/2025 (còn 5 ngày) — theo Quyết định số 70/2025/QĐ-UBND, khoản 1 Điều 5.",
            "Sở Xây dựng chưa gửi báo cáo công tác theo dõi tình hình thi hành pháp luật năm 2025 cho Sở Tư pháp, đã quá hạn 2 ngày (hạn 15/11/2025) — theo Quyết định số 70/2025/QĐ-UBND, khoản 1 Điều 5.",
        ], Messages("minh"));
        var told = Messages("hoa");
        Assert.Equal(4, told.Count); // Sở Y tế and Sở Xây dựng, falling due then missing
        Assert.Contains(told, m => m.StartsWith("Sở Y tế chưa gửi", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhatWasOverdueLongBeforeTheWatch_IsNoNews()
    {
        await IngestAndConfirmSurveyAsync();
        clock.SetUtcNow(Vietnam(2025, 9, 1)); // the survey has been overdue for 63 days, more than DeadlineNotices.RecentDays
        alerts.AddBodyWatch("lan", "Sở Tư pháp");

        Assert.Equal(0, checker.CheckDeadlines());
        Assert.Empty(Messages("lan"));
    }
}
