using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>
/// Computes a <see cref="RecommendationReport"/> from the registers. Findings belong to the period of the
/// day they were recorded (Vietnam time), recommendations to the day they were sent (drafts: written).
/// Figures are taken as of the period's last day, or today if earlier: answered means answered by then,
/// overdue means sent, not closed, unanswered by then and past its deadline.
/// Filters: a competent body keeps its recommendations and the findings behind them; a class keeps its
/// findings and the recommendations resting on one of them; a field likewise; a status filters the
/// register it names ("overdue" keeps the overdue recommendations).
/// </summary>
public static class ReportBuilder
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private const string None = "(chưa xác định)";

    public static RecommendationReport Build(MonitoringStore store, ReportQuery query, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var asOf = query.To is { } to && to < today ? to : today;
        var allFindings = store.ListFindings().ToDictionary(f => f.Id);
        IEnumerable<Finding> Behind(Recommendation r) => r.FindingIds.Select(id => allFindings.GetValueOrDefault(id)).OfType<Finding>();

        var recommendations = store.ListRecommendations()
            .Where(r => query.Contains(r.SentOn ?? DayOf(r.CreatedAt)))
            .Where(r => query.Authority is not { } a || Matches(r.CompetentBody, a))
            .Where(r => query.Class is not { } c || Behind(r).Any(f => f.Class == c))
            .Where(r => query.Field is not { } field || FieldsOf(r, Behind(r)).Any(x => Matches(x, field)))
            .Where(r => RecommendationStatusFilter(query.Status) is not { } s || (s == "overdue" ? IsOverdue(r, asOf) : r.Status.ToString().Equals(s, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        var behindKept = recommendations.SelectMany(r => r.FindingIds).ToHashSet();
        var findings = allFindings.Values
            .Where(f => query.Contains(DayOf(f.CreatedAt)))
            .Where(f => query.Authority is null || behindKept.Contains(f.Id))
            .Where(f => query.Class is not { } c || f.Class == c)
            .Where(f => query.Field is not { } field || (f.Field is { } x && Matches(x, field)))
            .Where(f => FindingStatusFilter(query.Status) is not { } s || f.Status == s)
            .OrderBy(f => f.Id)
            .ToList();

        var bodiesOf = recommendations.SelectMany(r => r.FindingIds.Select(id => (id, r.CompetentBody))).ToLookup(p => p.id, p => p.CompetentBody);
        return new RecommendationReport(query, asOf)
        {
            Totals = Figures(findings, recommendations, asOf),
            ByAuthority = Rows(findings, recommendations, asOf, f => bodiesOf[f.Id].DefaultIfEmpty(None), r => [r.CompetentBody]),
            ByClass = Rows(findings, recommendations, asOf, f => [MonitoringNames.Of(f.Class)], r => Behind(r).Select(f => MonitoringNames.Of(f.Class)).DefaultIfEmpty(None)),
            ByField = Rows(findings, recommendations, asOf, f => [f.Field ?? None], r => FieldsOf(r, Behind(r)).DefaultIfEmpty(None)),
            FindingsByStatus = Enum.GetValues<FindingStatus>().Select(s => KeyValuePair.Create(MonitoringNames.Of(s), findings.Count(f => f.Status == s))).ToList(),
            RecommendationsByStatus = Enum.GetValues<RecommendationStatus>().Select(s => KeyValuePair.Create(MonitoringNames.Of(s), recommendations.Count(r => r.Status == s)))
                .Append(KeyValuePair.Create("quá hạn trả lời", recommendations.Count(r => IsOverdue(r, asOf)))).ToList(),
            Overdue = recommendations.Where(r => IsOverdue(r, asOf)).OrderBy(r => r.Deadline)
                .Select(r => new OverdueItem(r.Id, r.CompetentBody, MonitoringNames.Of(r.Action), string.Join("; ", r.Targets.Select(t => string.IsNullOrEmpty(t.Path) ? t.DocumentId : $"{t.Path} {t.DocumentId}")),
                    r.DispatchNumber, r.SentOn, r.Deadline!.Value, asOf.DayNumber - r.Deadline.Value.DayNumber, r.Content))
                .ToList(),
            Findings = findings,
            Recommendations = recommendations,
        };
    }

    /// <summary>The Vietnam calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(VietnamOffset).DateTime);

    /// <summary>Sent (not closed), unanswered on <paramref name="asOf"/>, and past its deadline then.</summary>
    public static bool IsOverdue(Recommendation r, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.SentOn is not null && r.Status != RecommendationStatus.Closed && r.Deadline is { } due && due < asOf && !AnsweredBy(r, asOf);
    }

    private static bool AnsweredBy(Recommendation r, DateOnly asOf) => r.AnsweredOn is { } on && on <= asOf;

    private static ReportFigures Figures(IReadOnlyCollection<Finding> findings, IReadOnlyCollection<Recommendation> recommendations, DateOnly asOf)
    {
        var sent = recommendations.Where(r => r.SentOn is not null).ToList();
        var answered = sent.Where(r => AnsweredBy(r, asOf)).ToList();
        var overdue = sent.Count(r => IsOverdue(r, asOf));
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

    private static List<ReportRow> Rows(List<Finding> findings, List<Recommendation> recommendations, DateOnly asOf, Func<Finding, IEnumerable<string>> findingGroups, Func<Recommendation, IEnumerable<string>> recommendationGroups)
    {
        var byFinding = findings.SelectMany(f => findingGroups(f).Distinct().Select(g => (g, f))).ToLookup(p => p.g, p => p.f);
        var byRecommendation = recommendations.SelectMany(r => recommendationGroups(r).Distinct().Select(g => (g, r))).ToLookup(p => p.g, p => p.r);
        return byFinding.Select(g => g.Key).Union(byRecommendation.Select(g => g.Key))
            .Select(g => new ReportRow(g, Figures(byFinding[g].ToList(), byRecommendation[g].ToList(), asOf)))
            .OrderByDescending(r => r.Figures.Sent).ThenByDescending(r => r.Figures.FindingsFound).ThenBy(r => r.Group, StringComparer.Ordinal)
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
