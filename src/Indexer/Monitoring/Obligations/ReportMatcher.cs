using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// Records an ingested report as received when it is one body's report for a period of an obligation: a document of
/// type Báo cáo, issued by that body, dated in the half-year before the period's day or the quarter after it,
/// whose title names the subject of the obligation's report (most of the report name's own words), or, for a report
/// named only "báo cáo định kỳ" or "báo cáo kết quả thực hiện Kế hoạch", whose text names the recipient. The receipt
/// is dated by the report's own date; a person's receipt is never replaced.
/// </summary>
public static class ReportMatcher
{
    /// <summary>Who the register names for receipts read from ingested reports.</summary>
    public const string Rule = "rule:report-receipts";

    /// <summary>Records the receipts found for the years <paramref name="from"/> to <paramref name="to"/>; how many.</summary>
    public static int Run(LegalIndex index, MonitoringStore store, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(store);
        var reports = index.Documents.Summaries().Where(d => d.Type == "Báo cáo" && d.Issuer is not null && d.IssueDate is not null).ToList();
        if (reports.Count == 0)
        {
            return 0;
        }

        var texts = new Dictionary<DocumentId, string>();
        string Text(DocumentId id) => texts.TryGetValue(id, out var t) ? t : texts[id] = index.Documents.Get(id)?.Document.Text ?? "";
        var recorded = 0;
        foreach (var obligation in store.ListObligations(ObligationStatus.Active).Concat(store.ListObligations(ObligationStatus.Superseded)).Concat(store.ListObligations(ObligationStatus.Ended)))
        {
            var current = obligation;
            for (var year = from; year <= to; year++)
            {
                foreach (var instance in ObligationDue.Instances(current, year, DateOnly.MaxValue).Where(i => i.Receipt is null))
                {
                    var due = instance.Period.Due;
                    var match = reports
                        .Where(r => BodyNames.IsIssuer(r.Issuer, instance.Body) && r.IssueDate > due.AddMonths(-6) && r.IssueDate <= due.AddMonths(3))
                        .Where(r => SubjectWords(current.ReportName) is { Count: >= 2 } words ? AboutSubject(r.Title, words) : BodyNames.Mentions(Text(r.Document), current.Recipient))
                        .OrderBy(r => r.IssueDate)
                        .FirstOrDefault();
                    if (match.IssueDate is null)
                    {
                        continue;
                    }

                    var receipt = new ReportReceipt(instance.Body, instance.Period.Key, match.IssueDate!.Value, match.Document.Value, null, Rule);
                    var result = store.RecordReceipt(current.Id, current.Version, Rule, receipt);
                    if (result.Succeeded)
                    {
                        current = result.Value;
                        recorded++;
                    }
                }
            }
        }

        return recorded;
    }

    /// <summary>
    /// The report name's own words, past "báo cáo", "công tác", "định kỳ", "kết quả", "tình hình", "tổng hợp" (who
    /// consolidates is not what about), "thực hiện Kế hoạch" (the plan's own report) and the like.
    /// </summary>
    private static HashSet<string> SubjectWords(string reportName) =>
        [.. VietnameseAnalyzer.FoldWords(reportName).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("bao" or "cao" or "cong" or "tac" or "dinh" or "ky" or "ve" or "cua" or "va" or "trong" or "ket" or "qua" or "tinh" or "hinh"
                or "tong" or "hop" or "thuc" or "hien" or "ke" or "hoach"))];

    /// <summary>Whether most (70 %) of <paramref name="words"/> are in the title.</summary>
    private static bool AboutSubject(string? title, HashSet<string> words)
    {
        if (title is null)
        {
            return false;
        }

        var inTitle = VietnameseAnalyzer.FoldWords(title).Split(' ').ToHashSet();
        return words.Count(inTitle.Contains) >= 0.7 * words.Count;
    }
}
