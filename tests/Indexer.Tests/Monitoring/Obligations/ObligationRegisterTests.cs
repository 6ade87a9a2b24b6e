using System.Text;
using LawMonitor.Indexer.Calendar;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.Indexer.Tests.Monitoring.Obligations;

/// <summary>
/// Duties to report over time, on a clock the test moves: documents written for these tests are ingested through
/// the real pipeline and the registers' step (<see cref="Detection.Run"/>) reads their duties, the reports that
/// answer them and what later documents changed.
/// </summary>
public sealed class ObligationRegisterTests : IDisposable
{
    private static string Duty(string deadline) => $"Các sở, ban, ngành tỉnh gửi báo cáo công tác theo dõi tình hình thi hành pháp luật về Sở Tư pháp {deadline} hằng năm.";

    private readonly TempDirectory data = new();
    private readonly FakeTimeProvider clock = new(Vietnam(2025, 12, 20));
    private readonly LegalIndex index;
    private readonly MonitoringStore store;
    private readonly IngestPipeline pipeline;

    public ObligationRegisterTests()
    {
        index = LegalIndex.Open(data.Path);
        store = MonitoringStore.Open(data.Path, clock);
        pipeline = new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default);
        store.ReplaceBodies(
        [
            new GovernmentBody("Sở Y tế", ["các sở, ban, ngành"]),
            new GovernmentBody("Sở Xây dựng", ["các sở, ban, ngành"]),
            new GovernmentBody("Ủy ban nhân dân xã Tân Lập", ["Ủy ban nhân dân cấp xã"]),
        ]);
    }

    public void Dispose() => data.Dispose();

    private VietnamCalendar Calendar => new(clock);

    private static DateTimeOffset Vietnam(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.FromHours(7));

    private static string Decision(string issuer, string number, string date, string article) =>
        $"ỦY BAN NHÂN DÂN\n{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: {number}\nBình An, ngày {date}\nQUYẾT ĐỊNH\nBan hành Quy chế theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh\n{article}";

    private static string Report(string body, string number, string date, string year) =>
        $"ỦY BAN NHÂN DÂN TỈNH BÌNH AN\n{body.ToUpperInvariant()}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: {number}\nBình An, ngày {date}\nBÁO CÁO\nCông tác theo dõi tình hình thi hành pháp luật năm {year}\n" +
        "Thực hiện Quy chế theo dõi tình hình thi hành pháp luật trên địa bàn tỉnh, đơn vị báo cáo như sau:\nI. TÌNH HÌNH THI HÀNH PHÁP LUẬT\nViệc thi hành pháp luật trong lĩnh vực được giao cơ bản ổn định.\nNơi nhận:\n- Sở Tư pháp;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An";

    private async Task IngestAsync(params (string Name, string Text)[] files)
    {
        var results = await pipeline.IngestAsync(files.Select(f => IngestInput.FromBytes(f.Name, Encoding.UTF8.GetBytes(f.Text), "test:" + f.Name, "test")));
        Assert.All(results, r => Assert.True(r.Ok, r.Message));
    }

    private DetectionSummary Detect() => Detection.Run(index, store, calendar: Calendar);

    private IReadOnlyList<ObligationInstance> Instances(int year) =>
        [.. store.ListObligations().SelectMany(o => ObligationDue.Instances(o, year, Calendar.Today)).OrderBy(i => i.Body, StringComparer.Ordinal)];

    private static string States(IEnumerable<ObligationInstance> instances) =>
        string.Join("; ", instances.Select(i => $"{i.Body} {i.Period.Key} {i.Period.Due:dd/MM/yyyy} {i.State}"));

    [Fact]
    public async Task YearlyDuty_EachYearsReportsStandOnTheirOwn_AcrossTheYearBoundary()
    {
        await IngestAsync(
            ("qd-70-2025.txt", Decision("TỈNH BÌNH AN", "70/2025/QĐ-UBND", "10 tháng 3 năm 2025", "Điều 5. Chế độ báo cáo\n1. " + Duty("trước ngày 15 tháng 11"))),
            ("bc-210-2025.txt", Report("Sở Y tế", "210/BC-SYT", "10 tháng 11 năm 2025", "2025")));

        var summary = Detect();

        var duty = Assert.Single(store.ListObligations());
        Assert.Equal(1, summary.Registers!.Duties);
        Assert.Equal(ObligationStatus.Active, duty.Status);
        Assert.Equal(["Sở Y tế", "Sở Xây dựng"], duty.Bodies);
        Assert.Equal("Sở Tư pháp", duty.Recipient);
        Assert.Equal("Khoản 1 Điều 5", ProvisionLabel.Of(duty.Source.Path));
        Assert.Equal("Sở Xây dựng 2025 15/11/2025 Missing; Sở Y tế 2025 15/11/2025 OnTime", States(Instances(2025)));
        Assert.Equal("Sở Xây dựng 2026 15/11/2026 Pending; Sở Y tế 2026 15/11/2026 Pending", States(Instances(2026)));

        clock.SetUtcNow(Vietnam(2026, 11, 9));
        Assert.Equal("Sở Xây dựng 2026 15/11/2026 DueSoon; Sở Y tế 2026 15/11/2026 DueSoon", States(Instances(2026)));

        clock.SetUtcNow(Vietnam(2026, 11, 16));
        Assert.Equal("Sở Xây dựng 2026 15/11/2026 Missing; Sở Y tế 2026 15/11/2026 Missing", States(Instances(2026)));

        clock.SetUtcNow(Vietnam(2026, 11, 25));
        await IngestAsync(("bc-95-2026.txt", Report("Sở Xây dựng", "95/BC-SXD", "20 tháng 11 năm 2026", "2026")));
        Detect();

        Assert.Equal("Sở Xây dựng 2026 15/11/2026 Late; Sở Y tế 2026 15/11/2026 Missing", States(Instances(2026)));
        Assert.Equal("Sở Xây dựng 2025 15/11/2025 Missing; Sở Y tế 2025 15/11/2025 OnTime", States(Instances(2025)));
        var late = Assert.Single(store.ListObligations()[0].Receipts, r => r.Period == "2026");
        Assert.Equal(new DateOnly(2026, 11, 20), late.ReceivedOn);
        Assert.Equal(ReportMatcher.Rule, late.RecordedBy);
    }

    [Fact]
    public async Task LaterDecisionOfTheSameBody_ChangesTheDeadline_FromItsDate_AndShowsBothProvisions()
    {
        await IngestAsync(
            ("qd-70-2025.txt", Decision("TỈNH BÌNH AN", "70/2025/QĐ-UBND", "10 tháng 3 năm 2025", "Điều 5. Chế độ báo cáo\n1. " + Duty("trước ngày 15 tháng 11"))),
            ("qd-80-2026.txt", Decision("TỈNH BÌNH AN", "80/2026/QĐ-UBND", "20 tháng 6 năm 2026", "Điều 6. Chế độ báo cáo\n1. " + Duty("trước ngày 05 tháng 12"))));
        clock.SetUtcNow(Vietnam(2026, 12, 20));

        var summary = Detect();

        var obligations = store.ListObligations().OrderBy(o => o.AppliesFrom).ToList();
        Assert.Equal(2, obligations.Count);
        var (earlier, later) = (obligations[0], obligations[1]);
        Assert.Equal(ObligationStatus.Superseded, earlier.Status);
        Assert.Equal(later.Id, earlier.SupersededBy);
        Assert.Equal(new DateOnly(2026, 6, 20), earlier.AppliesUntil);
        Assert.Equal(ObligationStatus.Active, later.Status);
        Assert.Equal(1, summary.Registers!.Superseded);
        Assert.Contains("được quy định lại tại khoản 1 Điều 6 của Quyết định số 80/2026/QĐ-UBND: trước ngày 05 tháng 12 hằng năm", earlier.Reason, StringComparison.Ordinal);
        Assert.Contains("khoản 1 Điều 5 của Quyết định số 70/2025/QĐ-UBND: trước ngày 15 tháng 11 hằng năm", earlier.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(store.ListFindings(), f => f.FoundBy == ObligationReconciler.Rule); // a restatement is no contradiction

        // 2025 is owed under the earlier provision, 2026 under the later one: one deadline a year, never both.
        Assert.Equal(["15/11/2025"], Instances(2025).Select(i => i.Period.Due.ToString("dd/MM/yyyy", null)).Distinct());
        Assert.Equal(["05/12/2026"], Instances(2026).Select(i => i.Period.Due.ToString("dd/MM/yyyy", null)).Distinct());
        Assert.All(Instances(2026), i => Assert.Equal(later.Id, i.ObligationId));

        // Reading again changes nothing.
        var again = Detect();
        Assert.Equal(0, again.Registers!.Superseded);
        Assert.Equal(0, again.Registers.Duties);
    }

    [Fact]
    public async Task TwoDocumentsInForce_WithDifferentDeadlinesForOneReport_AreOneFinding_NamingTheLowerFirst()
    {
        await IngestAsync(
            ("qd-70-2025.txt", Decision("TỈNH BÌNH AN", "70/2025/QĐ-UBND", "10 tháng 3 năm 2025", "Điều 5. Chế độ báo cáo\n1. " + Duty("trước ngày 15 tháng 11"))),
            ("qd-15-2025.txt", Decision("XÃ TÂN LẬP", "15/2025/QĐ-UBND", "02 tháng 4 năm 2025", "Điều 3. Chế độ báo cáo\n1. " + Duty("trước ngày 30 tháng 11"))));

        var outcome = ObligationReconciler.Run(index, PreparedStore(), Calendar.Today);
        var summary = Detect();

        var finding = Assert.Single(outcome.Findings);
        Assert.Equal(FindingClass.ConflictWithHigher, finding.Class);
        Assert.StartsWith("qd-15-2025", finding.Provisions[0].DocumentId.Value, StringComparison.Ordinal);
        Assert.StartsWith("Khoản 1 Điều 3 của Quyết định số 15/2025/QĐ-UBND đặt thời hạn trước ngày 30 tháng 11 hằng năm", finding.Description, StringComparison.Ordinal);
        Assert.Contains("Quyết định số 70/2025/QĐ-UBND là văn bản của cơ quan cấp trên", finding.Description, StringComparison.Ordinal);
        Assert.All(store.ListObligations(), o => Assert.Equal(ObligationStatus.Active, o.Status));

        // The registers hold the pair once, whichever detector saw it first.
        var pair = store.ListFindings().Where(f => f.Provisions.Select(p => p.DocumentId.Value[..10]).Order().SequenceEqual(["qd-15-2025", "qd-70-2025"])).ToList();
        Assert.Single(pair);
        Assert.Equal(FindingClass.ConflictWithHigher, pair[0].Class);
        Assert.Single(Detect().Registers!.Findings); // found again, not added again
        Assert.Single(store.ListFindings(), f => f.Provisions.Select(p => p.DocumentId.Value[..10]).Order().SequenceEqual(["qd-15-2025", "qd-70-2025"]));
        Assert.Single(summary.Registers!.Findings);
    }

    [Fact]
    public async Task PlansDuty_AppliesForItsYear_AndEndsWhenTheYearHasPassed()
    {
        const string plan = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nBình An, ngày 16 tháng 01 năm 2025\n" +
            "KẾ HOẠCH\nTheo dõi tình hình thi hành pháp luật trên địa bàn tỉnh năm 2025\nI. TỔ CHỨC THỰC HIỆN\n1. Các sở, ban, ngành tỉnh gửi báo cáo kết quả thực hiện Kế hoạch về Sở Tư pháp trước ngày 15 tháng 11 hằng năm.\nNơi nhận:\n- Lưu: VT.";
        await IngestAsync(("kh-12-2025.txt", plan));
        clock.AdjustTime(Vietnam(2025, 11, 20)); // back from the class's 20 December: the plan's year is still running
        Detect();

        var duty = Assert.Single(store.ListObligations());
        Assert.Equal(ObligationStatus.Active, duty.Status);
        Assert.Equal(new DateOnly(2026, 1, 1), duty.AppliesUntil);
        Assert.Equal("Sở Xây dựng 2025 15/11/2025 Missing; Sở Y tế 2025 15/11/2025 Missing", States(Instances(2025)));

        clock.SetUtcNow(Vietnam(2026, 1, 2));
        Assert.Equal(1, Detect().Registers!.Ended);
        Assert.Equal(0, Detect().Registers!.Ended); // ended once

        duty = Assert.Single(store.ListObligations());
        Assert.Equal(ObligationStatus.Ended, duty.Status);
        Assert.Equal("không còn áp dụng", ObligationLifecycle.Name(duty.Status));
        Assert.Equal("Kế hoạch số 12/KH-UBND thực hiện đến hết ngày 31/12/2025: nghĩa vụ báo cáo không còn áp dụng.", duty.Reason);
        Assert.Empty(Instances(2026)); // nothing owed under it in 2026
        Assert.Equal(2, Instances(2025).Count); // what was owed in its year stays
    }

    [Fact]
    public async Task UnnamedReports_AreNamedByWhatTheyConsolidate_OrByThePlan_AndMatchedAsBefore()
    {
        const string plan = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 13/KH-UBND\nBình An, ngày 16 tháng 01 năm 2025\n" +
            "KẾ HOẠCH\nTheo dõi tình hình thi hành pháp luật trên địa bàn tỉnh năm 2025\nI. TỔ CHỨC THỰC HIỆN\n1. Các sở, ban, ngành tỉnh gửi báo cáo về Sở Tư pháp trước ngày 15 tháng 11 năm 2025 để tổng hợp.\nNơi nhận:\n- Lưu: VT.";
        await IngestAsync(
            ("qd-70-2025.txt", Decision("TỈNH BÌNH AN", "70/2025/QĐ-UBND", "10 tháng 3 năm 2025", "Điều 5. Chế độ báo cáo\n1. " + Duty("trước ngày 15 tháng 11")
                + "\n2. Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm.")),
            ("kh-13-2025.txt", plan),
            ("bc-300-2025.txt", Report("Sở Tư pháp", "300/BC-STP", "25 tháng 11 năm 2025", "2025")));

        Detect();

        var names = store.ListObligations().ToDictionary(o => o.Source.Path, o => o.ReportName);
        Assert.Equal("báo cáo công tác theo dõi tình hình thi hành pháp luật", names["Điều 5.1"]);
        Assert.Equal("báo cáo tổng hợp công tác theo dõi tình hình thi hành pháp luật", names["Điều 5.2"]);
        Assert.Equal(ObligationReader.PlanResults, names["Mục I.1"]);
        var consolidated = Assert.Single(store.ListObligations(), o => o.Source.Path == "Điều 5.2");
        Assert.Equal(new DateOnly(2025, 11, 25), Assert.Single(consolidated.Receipts).ReceivedOn); // its title names the subject

        // Read again (as after a reader change), nothing is proposed twice.
        Assert.Empty(store.AddObligations(ObligationReader.Read(index.Documents.Get(consolidated.Source.DocumentId)!.Document, 1, index.Documents.UnitPaths(consolidated.Source.DocumentId), store.Bodies()), ObligationReader.ProposedBy));
    }

    /// <summary>A store in another folder holding the duties of the index, read as the registers' step reads them.</summary>
    private MonitoringStore PreparedStore()
    {
        var other = MonitoringStore.Open(Directory.CreateDirectory(Path.Combine(data.Path, "reconciler")).FullName, clock);
        other.ReplaceBodies(store.Bodies().Bodies);
        foreach (var (id, _) in index.Documents.ContentHashes())
        {
            var stored = index.Documents.Get(id)!;
            other.AddObligations(ObligationReader.Read(stored.Document, 1, index.Documents.UnitPaths(id), other.Bodies()), ObligationReader.ProposedBy);
        }

        return other;
    }
}
