using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.Indexer.Tests.Monitoring;

/// <summary>What the registers say of a plan's provisions follows them when the plan is read again and its paths change.</summary>
public sealed class MonitoringStoreMovesTests : IDisposable
{
    private static readonly DocumentId Plan = DocumentId.Create("kh-25-2024-abc123");
    private static readonly DocumentId Other = DocumentId.Create("qd-12-2019-abc123");
    private static readonly ProvisionPathChanges Changes = new(Plan, new Dictionary<string, string> { ["Khoản 4"] = "Mục II.4", ["Khoản 3.b"] = "Mục II.3.b" });

    private readonly TempDirectory data = new();
    private readonly MonitoringStore store;

    public MonitoringStoreMovesTests() => store = MonitoringStore.Open(data.Path, new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero)));

    public void Dispose() => data.Dispose();

    private static ProvisionReference At(DocumentId document, string path) => new(document, 1, path);

    [Fact]
    public void FindingsRecommendationsTasksAndDuties_FollowTheirProvisions_WithAVersionAndAHistoryLine()
    {
        var finding = store.AddFinding(new Finding(default, FindingClass.Infeasible, "Kế hoạch vẫn viện dẫn chương trình đã kết thúc")
        {
            Provisions = [At(Plan, "Khoản 3.b") with { Start = 10, End = 40 }, At(Other, "Khoản 3.b")],
        }, "lan");
        var recommendation = store.AddRecommendation(new Recommendation(default, RecommendedAction.Amend, "Ủy ban nhân dân tỉnh") { Targets = [At(Plan, "Khoản 4")] }, "lan");
        var task = Assert.Single(store.ProposeTasks([new PlanTask(default, "Báo cáo kết quả") { Source = At(Plan, "Khoản 4"), ProposalKey = $"{Plan.Value}#Khoản 4", ProposedBy = "rule:plan-tasks" }]));
        var duty = Assert.Single(store.AddObligations([new ReportingObligation(default, "Các sở, ban, ngành", "Sở Tư pháp", "báo cáo định kỳ")
        {
            Source = At(Plan, "Khoản 4"), ProposalKey = $"{Plan.Value}#Khoản 4#so tu phap#bao cao dinh ky",
        }], "rule:reporting-duties"));
        var untouched = store.AddFinding(new Finding(default, FindingClass.Overlap, "Chồng chéo") { Provisions = [At(Other, "Khoản 4")] }, "lan");

        Assert.Equal(4, store.MoveProvisions(Changes, MonitoringStore.ReparseActor));

        var moved = store.GetFinding(finding.Id)!;
        Assert.Equal(["Mục II.3.b", "Khoản 3.b"], moved.Provisions.Select(p => p.Path)); // the other document's "Khoản 3.b" stays
        Assert.Equal((10, 40), (moved.Provisions[0].Start, moved.Provisions[0].End));
        Assert.Equal(2, moved.Version);
        Assert.Equal("Mục II.4", store.GetRecommendation(recommendation.Id)!.Targets[0].Path);
        var movedTask = store.GetTask(task.Id)!;
        Assert.Equal(("Mục II.4", $"{Plan.Value}#Mục II.4"), (movedTask.Source.Path, movedTask.ProposalKey));
        var movedDuty = store.GetObligation(duty.Id)!;
        Assert.Equal(("Mục II.4", $"{Plan.Value}#Mục II.4#so tu phap#bao cao dinh ky"), (movedDuty.Source.Path, movedDuty.ProposalKey));
        Assert.Equal(1, store.GetFinding(untouched.Id)!.Version);

        var line = store.History(MonitoringStore.FindingEntity, finding.Id.Value)[^1];
        Assert.Equal((MonitoringStore.ReparseActor, MonitoringStore.MovedAction), (line.Actor, line.Action));
        Assert.Equal("Văn bản được đọc lại bằng bộ phân tích mới: điểm b khoản 3 nay là Mục II.3.b.", line.Reason);
        Assert.Equal("Cập nhật vị trí quy định khi đọc lại văn bản", MonitoringNames.HistoryAction(MonitoringStore.FindingEntity, line.Action));

        // Reading the plan again proposes nothing twice: its proposals are known by their new keys.
        Assert.Empty(store.ProposeTasks([new PlanTask(default, "Báo cáo kết quả") { Source = At(Plan, "Mục II.4"), ProposalKey = $"{Plan.Value}#Mục II.4", ProposedBy = "rule:plan-tasks" }]));

        // Moving again finds nothing left at the old paths.
        Assert.Equal(0, store.MoveProvisions(Changes, MonitoringStore.ReparseActor));
    }

    [Fact]
    public void AnOldPathTwoItemsShared_IsToldApartByWhereTheReferencePoints()
    {
        var changes = new ProvisionPathChanges(Plan, new Dictionary<string, string>())
        {
            SharedSpans = [new SharedPathMove("Khoản 1", 100, 200, "Mục I.1"), new SharedPathMove("Khoản 1", 900, 1000, "Mục III.1")],
        };
        var third = Assert.Single(store.ProposeTasks([new PlanTask(default, "Hướng dẫn, đôn đốc") { Source = At(Plan, "Khoản 1") with { Start = 910, End = 990 }, ProposalKey = $"{Plan.Value}#Khoản 1", ProposedBy = "rule:plan-tasks" }]));
        var unplaced = store.AddFinding(new Finding(default, FindingClass.Infeasible, "Không khả thi") { Provisions = [At(Plan, "Khoản 1")] }, "lan");

        Assert.Equal(1, store.MoveProvisions(changes, MonitoringStore.ReparseActor));

        Assert.Equal(("Mục III.1", $"{Plan.Value}#Mục III.1"), (store.GetTask(third.Id)!.Source.Path, store.GetTask(third.Id)!.ProposalKey));
        Assert.Equal("Khoản 1", store.GetFinding(unplaced.Id)!.Provisions[0].Path); // no place to tell which: left
    }

    [Fact]
    public void AProposalAlreadyReadUnderTheNewPath_KeepsBothAsTheyStand()
    {
        var old = Assert.Single(store.ProposeTasks([new PlanTask(default, "Kiểm tra") { Source = At(Plan, "Khoản 4"), ProposalKey = $"{Plan.Value}#Khoản 4", ProposedBy = "rule:plan-tasks" }]));
        Assert.Single(store.ProposeTasks([new PlanTask(default, "Kiểm tra") { Source = At(Plan, "Mục II.4"), ProposalKey = $"{Plan.Value}#Mục II.4", ProposedBy = "rule:plan-tasks" }]));

        Assert.Equal(1, store.MoveProvisions(Changes, MonitoringStore.ReparseActor));

        var moved = store.GetTask(old.Id)!;
        Assert.Equal(("Mục II.4", $"{Plan.Value}#Khoản 4"), (moved.Source.Path, moved.ProposalKey)); // its key is taken: kept
    }
}
