using System.Globalization;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// Decides, over every obligation in the register, what later provisions and repeals did to them: two obligations
/// for the same report (same recipient and obligor, report names alike) with different deadlines are a later
/// restatement when one body issued both, or the later document amends, replaces or repeals the earlier — the
/// earlier then applies no more from the later's date (<see cref="DifferingRule"/>, the one rule for differing
/// provisions); otherwise, both in force, they are a contradiction (or a conflict with the higher document),
/// recorded as a finding. An obligation whose document ceased to have effect ends on that day; one of a plan or
/// programme ends when its period has passed.
/// </summary>
public static class ObligationReconciler
{
    /// <summary>Who the register names for this step.</summary>
    public const string Rule = "rule:reporting-deadlines";

    /// <summary>What the step changed: obligations superseded or ended, findings added.</summary>
    public sealed record Outcome(int Superseded, int Ended, IReadOnlyList<Finding> Findings);

    /// <param name="index">The documents.</param>
    /// <param name="store">The registers.</param>
    /// <param name="today">Today on the Vietnam calendar: a plan's duty ends with its period once that has passed.</param>
    public static Outcome Run(LegalIndex index, MonitoringStore store, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(store);
        var obligations = store.ListObligations().Where(o => o.Status != ObligationStatus.Rejected).ToList();
        var effects = index.Documents.Effects();
        var documents = new Dictionary<DocumentId, LegalDocument?>();
        LegalDocument? Document(DocumentId id) =>
            documents.TryGetValue(id, out var known) ? known : documents[id] = index.Documents.Get(id, withText: false)?.Document;

        var ended = 0;
        foreach (var obligation in obligations.Where(o => o.Status == ObligationStatus.Active))
        {
            if (effects.OfHeld(obligation.Source.DocumentId) is { HasEnded: true } effect && Document(obligation.Source.DocumentId) is { } document)
            {
                var since = effect.Decisive?.Since ?? document.IssueDate ?? DateOnly.MinValue;
                store.EndObligation(obligation.Id, null, since,
                    $"{DocumentName.Of(document.Number, document.Type, document.Title)} {effect.Name.ToLowerInvariant()}{(effect.Decisive?.Since is { } d ? " từ ngày " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "")}: nghĩa vụ báo cáo không còn áp dụng.", Rule);
                ended++;
            }
            else if (obligation.AppliesUntil is { } until && until <= today && obligation.SupersededBy is null && Document(obligation.Source.DocumentId) is { } plan)
            {
                // A plan's or programme's duty applies for its period ("giai đoạn 2018-2022"), not after it.
                store.EndObligation(obligation.Id, null, until,
                    $"{DocumentName.Of(plan.Number, plan.Type, plan.Title)} thực hiện đến hết ngày {until.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: nghĩa vụ báo cáo không còn áp dụng.", Rule);
                ended++;
            }
        }

        var superseded = 0;
        var findings = new List<Finding>();
        var current = store.ListObligations().Where(o => o.Status != ObligationStatus.Rejected).ToList();
        foreach (var group in current.GroupBy(o => (BodyNames.Key(o.Recipient), BodyNames.Key(o.Obligor))))
        {
            var ordered = group.OrderBy(o => o.AppliesFrom ?? DateOnly.MinValue).ThenBy(o => o.Id).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count; j++)
                {
                    var (a, b) = (ordered[i], ordered[j]);
                    if (a.Source.DocumentId == b.Source.DocumentId || SameDeadline(a.Deadline, b.Deadline) || !SameReport(a.ReportName, b.ReportName)
                        || Document(a.Source.DocumentId) is not { } da || Document(b.Source.DocumentId) is not { } db)
                    {
                        continue;
                    }

                    var rule = DifferingRule.Between(da, db);
                    var laterActs = index.Documents.CitationsFrom(db.Id).Any(c => c.ResolvedTo == da.Id && c.Citation.Relation is CitationRelation.Amends or CitationRelation.Replaces or CitationRelation.Repeals);
                    if ((rule.Kind == DifferingRuleKind.LaterRestatement && rule.FirstIsSubject) || laterActs)
                    {
                        // Superseded from the later one's day, unless it had already ended before then (its document repealed).
                        if (a.SupersededBy != b.Id && b.AppliesFrom is { } from && (a.AppliesUntil is not { } until || from < until))
                        {
                            store.EndObligation(a.Id, b.Id, from,
                                $"Thời hạn báo cáo được quy định lại tại {ProvisionLabel.Of(b.Source.Path, DocumentName.Of(db.Number, db.Type, db.Title), lowerFirst: true)}: {b.Deadline.Text} (trước đó {ProvisionLabel.Of(a.Source.Path, DocumentName.Of(da.Number, da.Type, da.Title), lowerFirst: true)}: {a.Deadline.Text}).", Rule);
                            superseded++;
                        }

                        continue;
                    }

                    if (effects.OfHeld(da.Id) is { HasEnded: true } || effects.OfHeld(db.Id) is { HasEnded: true })
                    {
                        continue; // not both in force
                    }

                    findings.Add(Conflict(a, da, b, db, rule));
                }
            }
        }

        return new Outcome(superseded, ended, findings);
    }

    private static Finding Conflict(ReportingObligation a, LegalDocument da, ReportingObligation b, LegalDocument db, DifferingRule rule)
    {
        var (lower, lowerDoc, other, otherDoc) = rule.FirstIsSubject ? (a, da, b, db) : (b, db, a, da);
        var both = $"{ProvisionLabel.Of(lower.Source.Path, DocumentName.Of(lowerDoc.Number, lowerDoc.Type, lowerDoc.Title))} đặt thời hạn {lower.Deadline.Text} cho {lower.ReportName} gửi {lower.Recipient}, " +
                   $"còn {ProvisionLabel.Of(other.Source.Path, DocumentName.Of(otherDoc.Number, otherDoc.Type, otherDoc.Title), lowerFirst: true)} đặt thời hạn {other.Deadline.Text} cho cùng báo cáo";
        var (findingClass, description) = rule.Kind == DifferingRuleKind.ConflictWithHigher
            ? (FindingClass.ConflictWithHigher, both + $"; {DocumentName.Of(otherDoc.Number, otherDoc.Type, otherDoc.Title)} là văn bản của cơ quan cấp trên.")
            : (FindingClass.Contradiction, both + "; cả hai văn bản đang có hiệu lực.");
        return new Finding(default, findingClass, description)
        {
            Provisions =
            [
                lower.Source,
                other.Source,
            ],
            Evidence = [new Evidence("passage", $"{lowerDoc.Id.Value} ↔ {otherDoc.Id.Value}", $"«{lower.SourceText}» ↔ «{other.SourceText}»")],
            FoundBy = Rule,
            DetectorKey = $"reporting-deadline:{Order(a.ProposalKey, b.ProposalKey)}",
        };
    }

    private static string Order(string? a, string? b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";

    private static bool SameDeadline(Plans.TaskDeadline a, Plans.TaskDeadline b) =>
        a.Kind == b.Kind && a.Every == b.Every && a.Month == b.Month && a.Day == b.Day && (a.Kind == Plans.DeadlineKind.Recurring || a.Due == b.Due);

    /// <summary>Two names of one report: the words of the shorter (past "báo cáo") all in the longer, or most shared.</summary>
    public static bool SameReport(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        if (x.Count == 0 || y.Count == 0)
        {
            return x.Count == y.Count;
        }

        var shared = x.Intersect(y).Count();
        return shared == Math.Min(x.Count, y.Count) || shared >= 0.6 * Math.Max(x.Count, y.Count);
    }

    private static HashSet<string> Words(string name) =>
        [.. VietnameseAnalyzer.FoldWords(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("bao" or "cao" or "dinh" or "ky" or "cong" or "tac" or "ve" or "cua" or "va" or "trong"))];
}
