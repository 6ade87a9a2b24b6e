using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Runs the detectors over the index and records their candidates in the findings register (a candidate
/// already there, open, confirmed or dismissed, is not added again; an incremental run finds again only what
/// involves the batch), then proposes outcomes for open
/// recommendations whose target a later document amends or repeals.
/// </summary>
public static class Detection
{
    /// <summary>
    /// Runs the detectors. With <paramref name="units"/>, overlap and contradiction compare only the documents
    /// new or changed since the last run (<see cref="OverlapDetector.DetectChanged"/>), unless <paramref name="all"/>
    /// asks for the full run, which also rebuilds the stored units; without it, the full run in memory.
    /// </summary>
    /// <param name="calendar">Today, for which years' reports are matched (the machine's calendar when null).</param>
    /// <remarks>
    /// <paramref name="cancellationToken"/> stops the run only where the next run picks up what this one left: before
    /// a document's provisions are stored for comparison, between the stages, never between storing provisions and
    /// recording what they were found to match.
    /// </remarks>
    public static DetectionSummary Run(LegalIndex index, MonitoringStore store, DetectorUnitStore? units = null, bool all = false, Calendar.VietnamCalendar? calendar = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var added = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var incremental = units is not null && !all ? OverlapDetector.DetectChanged(index, units, cancellationToken: cancellationToken) : null;
        var similar = incremental?.Findings ?? (units is null ? OverlapDetector.Detect(index) : OverlapDetector.DetectAll(index, units, cancellationToken: cancellationToken));
        IEnumerable<(string Rule, IReadOnlyList<Finding> Candidates)> runs =
        [
            (LapsedBasisDetector.Rule, LapsedBasisDetector.Detect(index)),
            (EndedProgrammeDetector.Rule, EndedProgrammeDetector.Detect(index)),
            .. OverlapDetector.Rules.Select(r => (r, (IReadOnlyList<Finding>)similar.Where(f => f.FoundBy == r).ToList())),
        ];
        // A candidate is about its first provision's document: it takes that document's field when it has none.
        var fields = new Dictionary<Model.DocumentId, string?>();
        Finding WithField(Finding candidate)
        {
            if (candidate.Field is not null || candidate.Provisions.Count == 0)
            {
                return candidate;
            }

            var id = candidate.Provisions[0].DocumentId;
            if (!fields.TryGetValue(id, out var field))
            {
                fields[id] = field = Legal.FieldOfLaw.Of(index.Documents.Get(id, withText: false)?.Document.Title);
            }

            return candidate with { Field = field };
        }

        foreach (var (rule, candidates) in runs)
        {
            found[rule] = candidates.Count;
            added[rule] = candidates.Count(c => store.AddCandidate(WithField(c)) is not null);
        }

        // The registers fed from plans and provisions: tasks proposed, duties read, superseded or ended, reports received.
        cancellationToken.ThrowIfCancellationRequested();
        var duties = PlansAndDuties.Run(index, store, calendar ?? Calendar.VietnamCalendar.System);
        // A pair of deadlines the text detectors already flagged (as a contradiction of the same provisions) is one finding, not two.
        var flagged = store.ListFindings().Select(Pair).ToHashSet(StringComparer.Ordinal);
        var fresh = duties.Findings.Where(f => !flagged.Contains(Pair(f))).ToList();
        found[Obligations.ObligationReconciler.Rule] = fresh.Count;
        added[Obligations.ObligationReconciler.Rule] = fresh.Count(f => store.AddCandidate(WithField(f)) is not null);

        var retired = incremental is null ? 0 : Retire(store, incremental);
        cancellationToken.ThrowIfCancellationRequested();
        var proposals = ClosingTheLoopDetector.Run(index, store);
        found[ClosingTheLoopDetector.Rule] = proposals;
        added[ClosingTheLoopDetector.Rule] = proposals;
        return new DetectionSummary(found, added) { Retired = retired, Registers = duties };
    }

    /// <summary>
    /// Closes, with history, the open overlap and contradiction candidates that compare a removed document, or a
    /// changed one whose pair was not found again: what they pointed at is no longer in the index as it was.
    /// Confirmed and dismissed findings are a person's judgement and stay as they are.
    /// </summary>
    private static int Retire(MonitoringStore store, IncrementalDetection run)
    {
        if (run.Removed.Count == 0 && run.Changed.Count == 0)
        {
            return 0;
        }

        var refound = run.Findings.Select(f => f.DetectorKey).ToHashSet(StringComparer.Ordinal);
        var retired = 0;
        foreach (var finding in store.ListFindings(FindingStatus.Open).Where(f => OverlapDetector.Rules.Contains(f.FoundBy)))
        {
            var documents = finding.Provisions.Select(p => p.DocumentId.Value).ToList();
            var reason = documents.Any(run.Removed.Contains)
                ? "Tự động đóng: một văn bản của ứng viên này đã bị gỡ khỏi kho văn bản."
                : documents.Any(run.Changed.Contains) && !refound.Contains(finding.DetectorKey)
                    ? "Tự động đóng: văn bản liên quan đã được cập nhật và hai quy định không còn trùng hoặc khác nhau như trước."
                    : null;
            if (reason is not null && store.DismissFinding(finding.Id, finding.Version, SystemActor, reason).Succeeded)
            {
                retired++;
            }
        }

        return retired;
    }

    /// <summary>The provisions a finding names, by document and article, in order: what tells two findings about one pair apart.</summary>
    private static string Pair(Finding finding) =>
        string.Join("|", finding.Provisions
            .Select(p => p.DocumentId + "#" + (Model.ProvisionPath.TryParse(p.Path, out var path) ? path.Value.ArticleOnly.ToString() : p.Path))
            .Order(StringComparer.Ordinal));

    /// <summary>Who the register names for what the detectors do on their own.</summary>
    public const string SystemActor = "rule:retire";
}
