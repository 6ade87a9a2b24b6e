using LawMonitor.Indexer.Calendar;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// The registers' step after each ingest: the plans new or changed since the last read propose their tasks
/// (<see cref="PlanTaskReader"/>); every document new or changed gives its duties to report
/// (<see cref="ObligationReader"/>, over the directory of bodies); then what later provisions and repeals did to
/// the duties is decided (<see cref="ObligationReconciler"/>) and the reports ingested are recorded as received
/// (<see cref="ReportMatcher"/>).
/// </summary>
public static class PlansAndDuties
{
    /// <summary>The readers' version: a change to what they read makes every document read again.</summary>
    public const int ReaderVersion = 1;

    /// <summary>How many of each the step added: tasks proposed, duties read, duties superseded or ended, receipts, and the findings it raised.</summary>
    public sealed record Summary(int Tasks, int Duties, int Superseded, int Ended, int Receipts, IReadOnlyList<Finding> Findings);

    public static Summary Run(LegalIndex index, MonitoringStore store, VietnamCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(calendar);
        var read = store.ReadDocuments(ReaderVersion);
        var directory = store.Bodies();
        int tasks = 0, duties = 0;
        foreach (var (id, hash) in index.Documents.ContentHashes())
        {
            if (read.TryGetValue(id.Value, out var was) && was == hash)
            {
                continue;
            }

            if (index.Documents.Get(id) is { } stored)
            {
                var version = index.Documents.LatestVersion(id)?.Version ?? 1;
                tasks += store.ProposeTasks(PlanTaskReader.Propose(stored.Document, version, index.Documents.Structure(id))).Count;
                duties += store.AddObligations(ObligationReader.Read(stored.Document, version, index.Documents.UnitPaths(id), directory), ObligationReader.ProposedBy).Count;
            }

            store.MarkRead(id.Value, hash, ReaderVersion);
        }

        var today = calendar.Today;
        var outcome = ObligationReconciler.Run(index, store, today);
        var receipts = ReportMatcher.Run(index, store, today.Year - 2, today.Year);
        return new Summary(tasks, duties, outcome.Superseded, outcome.Ended, receipts, outcome.Findings);
    }
}
