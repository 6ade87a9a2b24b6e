using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Monitoring.Reports.Annual;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.Indexer.Tests.Monitoring.Reports;

/// <summary>The annual report's task figures: each task counted once, as it stood on the report's day.</summary>
public sealed class AnnualReportBuilderTests : IDisposable
{
    private static readonly DocumentId Plan = DocumentId.Create("kh-14-2026");
    private readonly TempDirectory data = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.FromHours(7)));
    private readonly MonitoringStore store;

    public AnnualReportBuilderTests() => store = MonitoringStore.Open(data.Path, clock);

    public void Dispose() => data.Dispose();

    private PlanTask Add(string content, string lead, DateOnly due) =>
        store.AddTask(new PlanTask(default, content)
        {
            Source = new ProvisionReference(Plan, 1, ""),
            LeadBody = lead,
            Deadline = new TaskDeadline(DeadlineKind.Day, $"trước ngày {due:dd/MM/yyyy}") { Due = due },
        }, "nguyen.thi.lan");

    private void Done(PlanTask task, DateOnly on) =>
        Assert.True(store.CompleteTask(task.Id, store.GetTask(task.Id)!.Version, "nguyen.thi.lan", "Báo cáo số 1/BC-STP", on).Succeeded);

    [Fact]
    public void Figures_CountEachTaskOnce_DoneOnTimeAndDoneLateApart_AsTheDraftAndThePageShowThem()
    {
        var onTime = Add("Tập huấn nghiệp vụ", "Sở Tư pháp", new DateOnly(2026, 3, 31));
        var late = Add("Hướng dẫn xây dựng kế hoạch", "Sở Tư pháp", new DateOnly(2026, 3, 31));
        var inProgress = Add("Khảo sát tình hình thi hành pháp luật", "Sở Y tế", new DateOnly(2026, 12, 31));
        var overdue = Add("Kiểm tra tại các xã", "Sở Tư pháp", new DateOnly(2026, 10, 31));
        var cancelled = Add("Hội thảo", "Sở Tư pháp", new DateOnly(2026, 6, 30));
        var doneNextYear = Add("Tổng hợp báo cáo năm", "Sở Tư pháp", new DateOnly(2026, 11, 30));
        Done(onTime, new DateOnly(2026, 3, 20));
        Done(late, new DateOnly(2026, 4, 15));
        Assert.True(store.StartTask(inProgress.Id, store.GetTask(inProgress.Id)!.Version, "nguyen.thi.lan").Succeeded);
        Assert.True(store.CancelTask(cancelled.Id, store.GetTask(cancelled.Id)!.Version, "nguyen.thi.lan", "Không còn cần thiết").Succeeded);
        Done(doneNextYear, new DateOnly(2027, 1, 5)); // after the report's day: it stood overdue on 31/12/2026
        _ = overdue;

        var report = AnnualReportBuilder.Build(store, 2026, new DateOnly(2027, 1, 10));

        Assert.Equal(new DateOnly(2026, 12, 31), report.AsOf);
        Assert.Equal(new TaskFigures(Total: 6, DoneOnTime: 1, DoneLate: 1, Open: 1, Overdue: 2, Cancelled: 1), report.TaskTotals);
        Assert.Equal(2, report.TaskTotals.Done);
        var t = report.TaskTotals;
        Assert.Equal(t.Total, t.DoneOnTime + t.DoneLate + t.Open + t.Overdue + t.Cancelled);
        var justice = Assert.Single(report.TasksByBody, r => r.Group == "Sở Tư pháp");
        Assert.Equal(new TaskFigures(5, 1, 1, 0, 2, 1), justice.Figures);
        var plan = Assert.Single(report.Plans);
        Assert.Equal(report.TaskTotals, plan.Figures);
    }
}
