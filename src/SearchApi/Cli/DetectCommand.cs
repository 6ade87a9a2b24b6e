using System.CommandLine;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>detect</c>: runs the detectors over the index and records new candidates in the findings register
/// (a candidate already there, whatever its status, is not added again); prints what each rule found. Overlap and
/// contradiction compare the documents new or changed since the last run; <c>--all</c> compares everything.
/// </summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "So sánh lại mọi quy định (chạy toàn bộ, dựng lại dữ liệu so sánh), không chỉ văn bản mới hoặc thay đổi từ lần chạy trước" };
        var command = new Command("detect", "Chạy các bộ phát hiện (căn cứ hết hiệu lực, chương trình đã kết thúc, chồng chéo, mâu thuẫn, kết quả xử lý kiến nghị) và ghi các phát hiện mới chờ xem xét; đọc nhiệm vụ của kế hoạch và nghĩa vụ báo cáo") { all };
        command.SetAction(result =>
        {
            var data = result.GetValue(CliOptions.Data)!;
            var index = LegalIndex.Open(data);
            var store = MonitoringStore.Open(data, CliClock.Clock);
            var summary = Detection.Run(index, store, DetectorUnitStore.Open(data), result.GetValue(all), CliClock.Calendar);
            var open = store.ListFindings(FindingStatus.Open);
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new { summary.Found, summary.Added, summary.Registers, Open = open.Select(f => new { f.Id, f.Class, f.Description, f.Provisions }) });
                return 0;
            }

            foreach (var (rule, count) in summary.Found)
            {
                Console.WriteLine($"{Indexer.Monitoring.MonitoringNames.FoundBy(rule)}: {count} ứng viên, {summary.Added[rule]} mới");
            }

            if (summary.RegistersText is { } registers)
            {
                Console.WriteLine($"Kế hoạch và báo cáo: {registers}");
            }

            foreach (var finding in open.Take(50))
            {
                Console.WriteLine($"  #{finding.Id} [{Indexer.Monitoring.MonitoringNames.Of(finding.Class)}] {finding.Description}");
            }

            return 0;
        });
        return command;
    }
}
