using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// Computes a <see cref="RecommendationReport"/> from the registers, one application layer for the CLI and
/// HTTP. Findings belong to the period of the day they were found (Vietnam calendar), recommendations to the
/// day they were sent (drafts: written). Figures are taken as of the period's last day, or today if earlier:
/// answered means answered by then; overdue (<see cref="Monitoring.Overdue"/>) counts every recommendation
/// still unanswered past its deadline then, whenever it was sent — a 2025 dispatch still unanswered is
/// overdue in the 2026 report.
/// Filters: a competent body keeps its recommendations and the findings behind them; a class keeps its
/// findings and the recommendations resting on one of them; a field likewise; a status filters the
/// register it names ("overdue" keeps the overdue recommendations).
/// </summary>
public static class ReportBuilder
{
    private const string None = "(chưa xác định)";

    /// <param name="store">The registers.</param>
    /// <param name="query">The period and filters.</param>
    /// <param name="today">Today on the Vietnam calendar (<see cref="Calendar.VietnamCalendar.Today"/>).</param>
    /// <param name="documentLabel">How a document id is named to people ("Quyết định số 08/2021/QĐ-UBND"); the id when not given.</param>
    /// <param name="personName">Who found a finding, as people read it (<see cref="DocumentLabels.Person"/>); <see cref="MonitoringNames.FoundBy"/> when not given.</param>
    public static RecommendationReport Build(MonitoringStore store, ReportQuery query, DateOnly today, Func<string, string>? documentLabel = null, Func<string?, string>? personName = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var asOf = query.To is { } to && to < today ? to : today;
        var allFindings = store.ListFindings().ToDictionary(f => f.Id);
        IEnumerable<Finding> Behind(Recommendation r) => r.FindingIds.Select(id => allFindings.GetValueOrDefault(id)).OfType<Finding>();

        var kept = store.ListRecommendations()
            .Where(r => query.Authority is not { } a || Matches(r.CompetentBody, a))
            .Where(r => query.Class is not { } c || Behind(r).Any(f => f.Class == c))
            .Where(r => query.Field is not { } field || FieldsOf(r, Behind(r)).Any(x => Matches(x, field)))
            .ToList();
        var recommendations = kept
            .Where(r => query.Contains(r.SentOn ?? DayOf(r.CreatedAt)))
            .Where(r => RecommendationStatusFilter(query.Status) is not { } s || (s == "overdue" ? IsOverdue(r, asOf) : r.Status.ToString().Equals(s, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        // Still unanswered past its deadline at the period's end, whenever it was sent.
        var overdue = kept.Where(r => IsOverdue(r, asOf)).OrderBy(r => r.Deadline).ThenBy(r => r.Id).ToList();

        var behindKept = recommendations.Concat(overdue).SelectMany(r => r.FindingIds).ToHashSet();
        var findings = allFindings.Values
            .Where(f => query.Contains(DayOf(f.CreatedAt)))
            .Where(f => query.Authority is null || behindKept.Contains(f.Id))
            .Where(f => query.Class is not { } c || f.Class == c)
            .Where(f => query.Field is not { } field || (f.Field is { } x && Matches(x, field)))
            .Where(f => FindingStatusFilter(query.Status) is not { } s || f.Status == s)
            .OrderBy(f => f.Id)
            .ToList();

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in findings.SelectMany(f => f.Provisions).Concat(recommendations.Concat(overdue).SelectMany(r => r.Targets)).Select(p => p.DocumentId.Value)
                     .Concat(recommendations.Concat(overdue).Select(r => r.OutcomeDocumentId).OfType<string>()).Distinct())
        {
            labels[id] = documentLabel?.Invoke(id) ?? id;
        }

        string Targets(Recommendation r) => string.Join("; ", r.Targets.Select(t => Provision(t, labels)));
        var bodiesOf = recommendations.SelectMany(r => r.FindingIds.Select(id => (id, r.CompetentBody))).ToLookup(p => p.id, p => p.CompetentBody);
        return new RecommendationReport(query, asOf)
        {
            Totals = Figures(findings, recommendations, overdue, asOf),
            ByAuthority = Rows(findings, recommendations, overdue, asOf, f => bodiesOf[f.Id].DefaultIfEmpty(None), r => [r.CompetentBody]),
            ByClass = Rows(findings, recommendations, overdue, asOf, f => [MonitoringNames.Of(f.Class)], r => Behind(r).Select(f => MonitoringNames.Of(f.Class)).DefaultIfEmpty(None)),
            ByField = Rows(findings, recommendations, overdue, asOf, f => [f.Field ?? None], r => FieldsOf(r, Behind(r)).DefaultIfEmpty(None)),
            FindingsByStatus = Enum.GetValues<FindingStatus>().Select(s => KeyValuePair.Create(MonitoringNames.Of(s), findings.Count(f => f.Status == s))).ToList(),
            RecommendationsByStatus = Enum.GetValues<RecommendationStatus>().Select(s => KeyValuePair.Create(MonitoringNames.Of(s), recommendations.Count(r => r.Status == s)))
                .Append(KeyValuePair.Create("quá hạn trả lời", overdue.Count)).ToList(),
            Overdue = overdue
                .Select(r => new OverdueItem(r.Id.Value, r.CompetentBody, MonitoringNames.Of(r.Action), Targets(r),
                    r.DispatchNumber, r.SentOn, r.Deadline!.Value, Monitoring.Overdue.DaysOverdue(r, asOf)!.Value, r.Content))
                .ToList(),
            Findings = findings,
            Recommendations = recommendations,
            DocumentLabels = labels,
            FoundByNames = findings.Select(f => f.FoundBy).OfType<string>().Distinct(StringComparer.Ordinal)
                .ToDictionary(f => f, f => personName?.Invoke(f) ?? MonitoringNames.FoundBy(f), StringComparer.Ordinal),
        };
    }

    /// <summary>A provision as people read it: "Quyết định số 08/2021/QĐ-UBND, khoản 1 Điều 7".</summary>
    public static string Provision(ProvisionReference reference, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(labels);
        return Legal.DocumentName.WithProvision(labels.GetValueOrDefault(reference.DocumentId.Value, reference.DocumentId.Value), reference.Path);
    }

    /// <summary>The Vietnam calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => Calendar.VietnamCalendar.DayOf(instant);

    /// <summary>Overdue on <paramref name="asOf"/> (<see cref="Monitoring.Overdue"/>).</summary>
    public static bool IsOverdue(Recommendation r, DateOnly asOf) => Monitoring.Overdue.IsOverdue(r, asOf);

    private static bool AnsweredBy(Recommendation r, DateOnly asOf) => Monitoring.Overdue.AnsweredBy(r, asOf);

    private static ReportFigures Figures(IReadOnlyCollection<Finding> findings, IReadOnlyCollection<Recommendation> recommendations, IReadOnlyCollection<Recommendation> overdueRecommendations, DateOnly asOf)
    {
        var sent = recommendations.Where(r => r.SentOn is not null).ToList();
        var answered = sent.Where(r => AnsweredBy(r, asOf)).ToList();
        var overdue = overdueRecommendations.Count;
        return new ReportFigures(
            findings.Count,
            findings.Count(f => f.Status == FindingStatus.Confirmed),
            recommendations.Count(r => r.SentOn is null && r.Status == RecommendationStatus.Draft),
            sent.Count,
            answered.Count,
            answered.Count(r => r.Verdict == AnswerVerdict.Accepted),
            answered.Count(r => r.Verdict == AnswerVerdict.PartlyAccepted),
            answered.Count(r => r.Verdict == AnswerVerdict.Rejected),
            sent.Count(r => r.Status == RecommendationStatus.Implemented && (r.ImplementedOn is null || r.ImplementedOn <= asOf)),
            overdue,
            answered.Count(r => r.AnsweredOnTime),
            answered.Count + overdue);
    }

    private static List<ReportRow> Rows(List<Finding> findings, List<Recommendation> recommendations, List<Recommendation> overdue, DateOnly asOf, Func<Finding, IEnumerable<string>> findingGroups, Func<Recommendation, IEnumerable<string>> recommendationGroups)
    {
        var byFinding = findings.SelectMany(f => findingGroups(f).Distinct().Select(g => (g, f))).ToLookup(p => p.g, p => p.f);
        var byRecommendation = recommendations.SelectMany(r => recommendationGroups(r).Distinct().Select(g => (g, r))).ToLookup(p => p.g, p => p.r);
        var byOverdue = overdue.SelectMany(r => recommendationGroups(r).Distinct().Select(g => (g, r))).ToLookup(p => p.g, p => p.r);
        return byFinding.Select(g => g.Key).Union(byRecommendation.Select(g => g.Key)).Union(byOverdue.Select(g => g.Key))
            .Select(g => new ReportRow(g, Figures(byFinding[g].ToList(), byRecommendation[g].ToList(), byOverdue[g].ToList(), asOf)))
            .OrderBy(r => r.Group == None) // "(chưa xác định)" after every named field or body, whatever its count
            .ThenByDescending(r => r.Figures.Sent).ThenByDescending(r => r.Figures.FindingsFound).ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> FieldsOf(Recommendation r, IEnumerable<Finding> behind) =>
        r.Field is { } own ? [own] : behind.Select(f => f.Field).OfType<string>().Distinct();

    private static bool Matches(string value, string filter) =>
        Folded(value).Contains(Folded(filter), StringComparison.Ordinal);

    /// <summary>Accent-folded words, with the abbreviations officers type spelled out ("UBND tỉnh" = "Ủy ban nhân dân tỉnh").</summary>
    private static string Folded(string text) =>
        string.Join(' ', VietnameseAnalyzer.FoldWords(text).Split(' ').Select(w => Abbreviations.GetValueOrDefault(w, w)));

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["ubnd"] = "uy ban nhan dan",
        ["hdnd"] = "hoi dong nhan dan",
        ["stp"] = "so tu phap",
        ["btp"] = "bo tu phap",
        ["tnmt"] = "tai nguyen va moi truong",
        ["xlvphc"] = "xu ly vi pham hanh chinh",
    };

    private static FindingStatus? FindingStatusFilter(string? status) =>
        Enum.TryParse<FindingStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _) ? s : null;

    private static string? RecommendationStatusFilter(string? status) =>
        status is null ? null
        : status.Equals("overdue", StringComparison.OrdinalIgnoreCase) ? "overdue"
        : Enum.TryParse<RecommendationStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _) ? s.ToString() : null;

    /// <summary>Whether <paramref name="status"/> names a status a report can filter on (null is fine: no filter).</summary>
    public static bool IsKnownStatus(string? status) => status is null || FindingStatusFilter(status) is not null || RecommendationStatusFilter(status) is not null;
}
