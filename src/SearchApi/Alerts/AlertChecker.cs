using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Alerts;

/// <summary>
/// Turns what arrived since the last check into notifications, each with its reason. A saved search
/// notifies of documents newly among its first 100 hits, counting only units that hold every word (never the
/// relaxed answer search gives when few do); a watch notifies of the document's new versions and of new
/// citations of it — or, for a provision watch, of that provision — naming what they do (amends, repeals,
/// replaces, rests on it, refers to it). A watch on a plan or on the document that sets a duty to report, and a
/// watch on a body, also notify of the tasks and reports falling due within a week or overdue
/// (<see cref="DeadlineNotices"/>). Runs after every ingest batch, with the detectors, and every hour
/// (<see cref="Background.DeadlineAlertService"/>), since a deadline passes without anything being ingested.
/// </summary>
public sealed class AlertChecker(AlertStore store, LegalIndex index, SearchEngine engine, MonitoringStore registers, TimeProvider clock)
{
    /// <summary>
    /// Checks every subscription; returns how many notifications were written. A cancellation stops it between
    /// subscriptions (each one's notifications are written together), and the next check tells the rest.
    /// </summary>
    public int CheckAll(CancellationToken cancellationToken = default)
    {
        var labels = new DocumentLabels(index.Documents);
        var deadlines = DeadlineNotices.On(registers, labels, new Indexer.Calendar.VietnamCalendar(clock).Today);
        return store.Searches().Sum(s => Stoppable(() => Check(s, baseline: false), cancellationToken))
            + store.Watches().Sum(w => Stoppable(() => Check(w, baseline: false, labels, deadlines), cancellationToken))
            + store.BodyWatches().Sum(w => Stoppable(() => Check(w, deadlines), cancellationToken));
    }

    /// <summary>Checks the deadlines alone (the hourly check): watches on documents and on bodies.</summary>
    public int CheckDeadlines(CancellationToken cancellationToken = default)
    {
        var labels = new DocumentLabels(index.Documents);
        var deadlines = DeadlineNotices.On(registers, labels, new Indexer.Calendar.VietnamCalendar(clock).Today);
        return store.Watches().Sum(w => Stoppable(() => See(w, deadlines), cancellationToken))
            + store.BodyWatches().Sum(w => Stoppable(() => Check(w, deadlines), cancellationToken));
    }

    private static int Stoppable(Func<int> check, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return check();
    }

    /// <summary>
    /// Checks one body watch against the deadlines of the day: the tasks it leads and the reports it owes; with
    /// <paramref name="baseline"/>, only records what is due or overdue now.
    /// </summary>
    public int Check(BodyWatch watch, IReadOnlyList<DeadlineNotice> deadlines, bool baseline = false)
    {
        ArgumentNullException.ThrowIfNull(watch);
        ArgumentNullException.ThrowIfNull(deadlines);
        var reason = $"Bạn theo dõi cơ quan {watch.Body}";
        var items = deadlines.Where(d => d.Bodies.Any(b => Indexer.Legal.BodyNames.Same(b, watch.Body) || Indexer.Legal.BodyNames.Mentions(b, watch.Body)))
            .Select(d => (d.Item, d.DocumentId, reason, d.Message));
        return store.See("body", watch.Id, watch.Owner, items, baseline);
    }

    /// <summary>The deadlines of the plan or duty-setting document a watch is on.</summary>
    private int See(Watch watch, IReadOnlyList<DeadlineNotice> deadlines, bool baseline = false) =>
        store.See("watch", watch.Id, watch.Owner, DeadlinesOf(watch, deadlines), baseline);

    private static IEnumerable<(string, string, string, string)> DeadlinesOf(Watch watch, IReadOnlyList<DeadlineNotice> deadlines) =>
        string.IsNullOrEmpty(watch.Path)
            ? deadlines.Where(d => d.DocumentId == watch.DocumentId).Select(d => (d.Item, d.DocumentId, $"Bạn theo dõi {watch.Label}", d.Message))
            : [];

    /// <summary>Checks one saved search; with <paramref name="baseline"/>, only records what it matches now.</summary>
    public int Check(SavedSearch search, bool baseline)
    {
        ArgumentNullException.ThrowIfNull(search);
        var result = engine.Search(new SearchRequest { Query = search.Query, PageSize = SearchRequest.MaxPageSize, IncludeFacets = false, IncludeSnippets = false, AllowRelaxing = false });

        var reason = $"Khớp tìm kiếm đã lưu “{search.Name}”";
        var items = result.Hits.GroupBy(h => h.DocumentId).Select(g => g.First())
            .Select(h => (h.DocumentId.Value, h.DocumentId.Value, reason, $"Văn bản mới: {Label(h.Type, h.Number, h.DocumentId.Value)}{(h.Title is { } t ? " — " + t : "")}"));
        return store.See("search", search.Id, search.Owner, items, baseline);
    }

    /// <summary>Checks one watch; with <paramref name="baseline"/>, only records what exists now (the deadlines due or overdue now among it).</summary>
    public int Check(Watch watch, bool baseline, DocumentLabels? labels = null, IReadOnlyList<DeadlineNotice>? deadlines = null)
    {
        ArgumentNullException.ThrowIfNull(watch);
        labels ??= new DocumentLabels(index.Documents);
        if (!DocumentId.TryCreate(watch.DocumentId, out var id, out _))
        {
            return 0;
        }

        var reader = index.Documents;
        var reason = $"Bạn theo dõi {watch.Label}";
        var items = new List<(string, string, string, string)>();
        if (string.IsNullOrEmpty(watch.Path))
        {
            items.AddRange(reader.Versions(id).Select(v => ($"version:{v.Version}", watch.DocumentId, reason, $"Có phiên bản mới (phiên bản {v.Version}, tệp {v.FileName})")));
        }

        ProvisionPath? path = ProvisionPath.TryParse(watch.Path, out var p) && watch.Path.Length > 0 ? p : null;
        foreach (var citation in reader.CitedBy(id))
        {
            var target = citation.Citation.TargetPath;
            if (path is { } watched && (target is null || !watched.Contains(target.Value)))
            {
                continue;
            }

            items.Add(($"cited:{citation.CitingDocument}:{citation.Citation.Start}", citation.CitingDocument.Value, reason,
                $"{(target is { } t ? Indexer.Legal.ProvisionLabel.Of(t) + " " : "")}{Verb(citation.Citation.Relation)} {labels.Of(citation.CitingDocument)}: “{citation.Citation.Text}”"));
        }

        var seen = store.See("watch", watch.Id, watch.Owner, items, baseline);
        deadlines ??= DeadlineNotices.On(registers, labels, new Indexer.Calendar.VietnamCalendar(clock).Today);
        return seen + See(watch, deadlines, baseline);
    }

    private static string Verb(CitationRelation relation) => Indexer.Legal.RelationNames.Passive(relation);

    private static string Label(string? type, string? number, string id) =>
        Indexer.Legal.DocumentName.Of(Indexer.Legal.DocumentNumberParser.TryParse(number), type, null);
}
