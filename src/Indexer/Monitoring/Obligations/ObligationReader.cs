using System.Text.RegularExpressions;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// Reads the duties to report a document sets: a sentence that has someone send a report to a named body by a day,
/// once or every year ("Các sở, ban, ngành, Ủy ban nhân dân cấp huyện gửi báo cáo công tác … về Sở Tư pháp trước
/// ngày 15 tháng 11 hằng năm"; "Sở Tư pháp tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng
/// năm"). A sentence without a day, a recipient or an obligor sets none that can be tracked.
/// </summary>
public static partial class ObligationReader
{
    /// <summary>What marks the reader's proposals.</summary>
    public const string ProposedBy = "rule:reporting-duties";

    /// <summary>
    /// The obligations of <paramref name="document"/> (version <paramref name="version"/>), each with the provision
    /// path of the unit its sentence lies in (<paramref name="units"/>: each unit's path and start, ascending), the
    /// clause and point it opens included; the obligor expanded to the directory's bodies.
    /// </summary>
    public static IReadOnlyList<ReportingObligation> Read(LegalDocument document, int version, IReadOnlyList<(ProvisionPath Path, int Start)> units, BodyDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(directory);
        var found = new List<ReportingObligation>();
        var text = document.Text;
        foreach (Match sentence in Sentence().Matches(text))
        {
            var words = sentence.Value;
            if (!words.Contains("báo cáo", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var deadline = DeadlineReader.Read(words, null);
            if (deadline.Kind is not (DeadlineKind.Day or DeadlineKind.Recurring) || deadline.Month is null
                || (deadline.Kind == DeadlineKind.Day && deadline.Due is null))
            {
                continue; // no day to hold anyone to
            }

            var (obligor, recipient, name) = Parties(words);
            if (obligor is null || recipient is null)
            {
                continue;
            }

            var path = PathAt(text, units, sentence.Index);
            var report = name ?? Unnamed(document, obligor, found);
            found.Add(new ReportingObligation(default, obligor, recipient, report)
            {
                Source = new ProvisionReference(document.Id, version, path.ToString()) { Start = sentence.Index, End = sentence.Index + sentence.Length },
                SourceText = words.Trim(),
                Deadline = deadline,
                Bodies = directory.Expand(obligor) is { Count: > 0 } bodies ? bodies : [directory.Canonical(obligor)],
                AppliesFrom = document.EffectiveDate ?? document.IssueDate,
                AppliesUntil = Until(document),
                // Keyed by the name as written (the generic one when none is), so that a duty read before its name was
                // derived is not proposed again.
                ProposalKey = $"{document.Id.Value}#{path}#{Legal.BodyNames.Key(recipient)}#{Analysis.VietnameseAnalyzer.FoldWords(name ?? Generic)}",
            });
        }

        return found;
    }

    /// <summary>
    /// The name of a report the sentence does not name: what the obligor consolidates when it receives a named report
    /// under the same document ("Sở Tư pháp tổng hợp, báo cáo …" after "… gửi báo cáo công tác theo dõi … về Sở Tư
    /// pháp": "báo cáo tổng hợp công tác theo dõi …"); in a plan, the report on carrying it out; else "báo cáo định kỳ".
    /// </summary>
    private static string Unnamed(LegalDocument document, string obligor, IReadOnlyList<ReportingObligation> earlier)
    {
        var received = earlier.LastOrDefault(o => Legal.BodyNames.Key(o.Recipient) == Legal.BodyNames.Key(obligor) && o.ReportName != Generic);
        if (received is not null)
        {
            var subject = received.ReportName.StartsWith("báo cáo ", StringComparison.Ordinal) ? received.ReportName["báo cáo ".Length..] : received.ReportName;
            return subject.StartsWith("tổng hợp ", StringComparison.Ordinal) ? received.ReportName : "báo cáo tổng hợp " + subject;
        }

        return Plans.PlanTaskReader.IsPlan(document) ? PlanResults : Generic;
    }

    /// <summary>A report the text does not name and nothing else names.</summary>
    public const string Generic = "báo cáo định kỳ";

    /// <summary>The report a plan asks for without naming it: on carrying the plan out.</summary>
    public const string PlanResults = "báo cáo kết quả thực hiện Kế hoạch";

    /// <summary>For a plan or programme with a period ("giai đoạn 2018-2022", "… năm 2024"), the first day after it; else null.</summary>
    private static DateOnly? Until(LegalDocument document) =>
        Plans.PlanTaskReader.IsPlan(document) && Detectors.ProgrammePeriod.Find(document.Title, yearly: true) is { } period
            ? new DateOnly(period.EndYear + 1, 1, 1)
            : null;

    /// <summary>Who owes, to whom, and what report, as a sentence says them; nulls where it does not.</summary>
    public static (string? Obligor, string? Recipient, string? Name) Parties(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var clause = OutlineMarker().Replace(sentence.Trim(), "");
        clause = Lead().Replace(clause, "");
        string? obligor = null;
        if (Verb().Match(clause) is { Success: true } verb && verb.Index > 0)
        {
            // The subject ends at its first verb: "Sở Tư pháp chủ trì, phối hợp … ; tổng hợp kết quả, báo cáo …" is owed by Sở Tư pháp.
            var end = SubjectEnd().Match(clause) is { Success: true } first && first.Index > 0 && first.Index < verb.Index ? first.Index : verb.Index;
            var who = Plans.BodyReader.Clean(clause[..end]);
            if (who is not null && (Plans.BodyReader.StartsAsBody(who) || who.StartsWith("các", StringComparison.OrdinalIgnoreCase)) && who.Length <= 200)
            {
                obligor = who;
            }
        }

        string? recipient = null;
        if (SentTo().Match(clause) is { Success: true } to)
        {
            recipient = Plans.BodyReader.Clean(to.Groups["to"].Value);
        }
        else if (ReportTo().Match(clause) is { Success: true } direct)
        {
            recipient = Plans.BodyReader.Clean(direct.Groups["to"].Value);
        }

        var name = ReportName().Match(clause) is { Success: true } n ? "báo cáo " + n.Groups["name"].Value.Trim() : null;
        return (obligor, recipient, name);
    }

    /// <summary>The path of the unit holding <paramref name="at"/>, with the clause ("1.") and point ("a)") its lines open before it.</summary>
    private static ProvisionPath PathAt(string text, IReadOnlyList<(ProvisionPath Path, int Start)> units, int at)
    {
        var unit = units.LastOrDefault(u => u.Start <= at);
        var path = unit.Path;
        if (path.Article is null && path.Container is null)
        {
            return path;
        }

        // The clause and point lines between the unit's start and the sentence.
        var lines = text[unit.Start..at].Split('\n');
        int? clause = null;
        string? point = null;
        foreach (var line in lines)
        {
            if (ClauseLine().Match(line) is { Success: true } c)
            {
                (clause, point) = (int.Parse(c.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), null);
            }
            else if (clause is not null && PointLine().Match(line) is { Success: true } p)
            {
                point = p.Groups["p"].Value;
            }
        }

        // The sentence's own line may open them too.
        var own = text[at..Math.Min(text.Length, at + 8)];
        if (ClauseLine().Match(own) is { Success: true } oc)
        {
            (clause, point) = (int.Parse(oc.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), null);
        }
        else if (clause is not null && PointLine().Match(own) is { Success: true } op)
        {
            point = op.Groups["p"].Value;
        }

        if (clause is { } n && path.Clause is null)
        {
            path = path.WithClause(n);
            if (point is { } letter)
            {
                path = path.WithPoint(letter);
            }
        }

        return path;
    }

    // A sentence: up to a full stop that ends it (before a space and a capital, or the line's end; not the "1." or
    // "II." that numbers a line), or the line's end.
    [GeneratedRegex(@"[^\n]+?(?:(?<!^\s*(?:\d{1,2}|[IVX]{1,4}))\.(?=\s+\p{Lu}|\s*$)|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(?:\d{1,2}\.|[a-zđ]\)|[-–+•])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex OutlineMarker();

    // "Định kỳ hằng năm, …", "Hằng năm, …", "Chậm nhất ngày …, …", "Trước ngày …, …".
    [GeneratedRegex(@"^(?:(?:định kỳ\s+)?h[ằà]ng\s+(?:năm|quý|tháng)|định kỳ(?:\s+\d+\s+tháng)?|(?:trước|chậm nhất)\s+ngày[^,]{1,30})\s*,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    // The verb that follows the obligor: "gửi báo cáo", "có trách nhiệm gửi", "tổng hợp, báo cáo", "báo cáo".
    [GeneratedRegex(@"\s+(?:có trách nhiệm\s+)?(?:(?:tổng hợp|xây dựng|lập)\s*,?\s*)?(?:gửi|nộp|báo cáo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verb();

    // The first verb after a subject: where the obligor's name ends.
    [GeneratedRegex(@"\s+(?:chủ trì|phối hợp|có trách nhiệm|thực hiện|hướng dẫn|theo dõi|tổ chức|tham mưu|căn cứ)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectEnd();

    // "gửi báo cáo … về Sở Tư pháp", "gửi về Sở Tư pháp", "gửi Sở Tư pháp".
    [GeneratedRegex(@"(?:gửi|nộp)\s+(?:(?:báo cáo|văn bản)\b[^;]*?\s)?(?:về|đến|cho|tới)\s+(?<to>\p{Lu}[^,;.]*?)(?=\s+(?:trước|chậm nhất|để|theo|định kỳ|h[ằà]ng|trong|vào|qua|xem xét)\b|[,;.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentTo();

    // "báo cáo Ủy ban nhân dân tỉnh (và Bộ Tư pháp) trước ngày …".
    [GeneratedRegex(@"báo cáo\s+(?<to>(?:Ủy ban|Uỷ ban|UBND|Bộ|Sở|Thủ tướng|Chính phủ|Hội đồng|HĐND|Chủ tịch)[^,;.]*?)(?=\s+(?:trước|chậm nhất|về|kết quả|tình hình|định kỳ|h[ằà]ng|để|xem xét)\b|[,;.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportTo();

    // "báo cáo công tác …", "báo cáo kết quả …", "báo cáo tình hình …" up to "về <body>", "gửi", the deadline.
    [GeneratedRegex(@"báo cáo\s+(?<name>(?:công tác|kết quả|tình hình|tổng kết|sơ kết|thống kê|định kỳ)\b.*?)(?=\s+(?:về\s+(?:Sở|Ủy ban|Uỷ ban|UBND|Bộ|Thủ tướng)|gửi|cho|đến|trước|chậm nhất|h[ằà]ng năm)\b|[,;.]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ReportName();

    [GeneratedRegex(@"^\s*(?<n>\d{1,2})\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseLine();

    [GeneratedRegex(@"^\s*(?<p>[a-zđ])\)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PointLine();
}
