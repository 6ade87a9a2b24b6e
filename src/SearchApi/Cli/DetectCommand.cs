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
        var all = new Option<bool>("--all") { Description = "Compare every provision again (the full run; rebuilds the stored units), not only documents new or changed since the last run" };
        var command = new Command("detect", "Run the detectors (lapsed basis, ended programmes, overlap, contradiction, closing the loop) and record new candidate findings; read plans' tasks and reporting duties") { all };
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
