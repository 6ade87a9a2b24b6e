using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Detector 4, ended programmes still relied on: a plan, programme, scheme or strategy whose period has
/// ended ("giai đoạn 2018-2022") cited as current — as a basis, or as something to carry on — by a document
/// issued after the period. The period is read from the cited programme's title when it is indexed, else
/// from the clause that cites it. Reports, notices and submissions record the past and are not flagged,
/// nor are clauses that look back ("tổng kết", "kết quả thực hiện", "đánh giá") or that end the programme
/// ("thay thế", "bãi bỏ", "hết hiệu lực"). One finding per citing document and programme, classed "Không khả
/// thi, không còn phù hợp": the programme has run its course, it was not repealed, so it is no lapsed basis.
/// </summary>
public static class EndedProgrammeDetector
{
    public const string Rule = "rule:ended-programme";

    private static readonly string[] LookingBack = ["tong ket", "so ket", "ket qua thuc hien", "danh gia", "da hoan thanh", "thay the", "bai bo", "het hieu luc"];

    private static readonly string[] RecordTypes = ["Báo cáo", "Thông báo", "Tờ trình", "Công văn"];

    public static IReadOnlyList<Finding> Detect(LegalIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var reader = index.Documents;
        var documents = new Dictionary<DocumentId, LegalDocument?>();
        LegalDocument? Load(DocumentId id)
        {
            if (!documents.TryGetValue(id, out var document))
            {
                documents[id] = document = reader.Get(id)?.Document;
            }

            return document;
        }

        var findings = new List<Finding>();
        foreach (var group in reader.CitationsWithRelation(CitationRelation.Basis, CitationRelation.References)
                     .Where(c => c.Citation.TargetKey is not null && c.ResolvedTo != c.CitingDocument)
                     .GroupBy(c => (c.CitingDocument, c.Citation.TargetKey)))
        {
            var citing = Load(group.Key.CitingDocument);
            if (citing?.IssueDate is not { } issued || citing.Type is { } type && RecordTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var uses = new List<(StoredCitation Use, ProgrammePeriod Period)>();
            foreach (var use in group)
            {
                var (before, clause) = Clause(citing.Text, use.Citation);
                var folded = VietnameseAnalyzer.FoldWords(before + " " + clause);
                if (LookingBack.Any(w => folded.Contains(w, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (Period(use, clause, Load) is { } period && issued.Year > period.EndYear)
                {
                    uses.Add((use, period));
                }
            }

            if (uses.Count > 0)
            {
                findings.Add(Candidate(reader, citing, uses, Load));
            }
        }

        return findings;
    }

    /// <summary>
    /// The programme's period: from its own title when it is indexed (a yearly plan's "năm 2024" counts
    /// there), else from the citing clause when the cited document is a programme or the clause, from the
    /// citation on, names one ("Quyết định số … phê duyệt Đề án … giai đoạn 2016-2020").
    /// </summary>
    private static ProgrammePeriod? Period(StoredCitation use, string clause, Func<DocumentId, LegalDocument?> load)
    {
        var citation = use.Citation;
        if (use.ResolvedTo is { } resolved && load(resolved) is { } programme)
        {
            var isProgramme = IsProgramme(programme.Type) || IsProgramme(programme.Title);
            return isProgramme ? ProgrammePeriod.Find(programme.Title, yearly: IsProgramme(programme.Type)) : null;
        }

        return IsProgramme(citation.TargetType) || IsProgramme(clause) ? ProgrammePeriod.Find(clause, yearly: false) : null;
    }

    private static bool IsProgramme(string? words) =>
        words is not null && ProgrammePeriod.ProgrammeWords.Any(w => VietnameseAnalyzer.FoldWords(words).Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// The words before the citation on its line (at most 120 characters: they say what is done with it,
    /// "Tổng kết Kế hoạch số …"), and the citation with what follows it up to the end of its clause
    /// (";", ".", a line break; at most 400 characters).
    /// </summary>
    private static (string Before, string Clause) Clause(string text, Citation citation)
    {
        var start = Math.Clamp(citation.Start, 0, text.Length);
        var end = Math.Min(text.Length, Math.Max(start, citation.End) + 400);
        var stop = text.AsSpan(Math.Min(citation.End, end), end - Math.Min(citation.End, end)).IndexOfAny(";.\n");
        var clauseEnd = stop < 0 ? end : Math.Min(citation.End, end) + stop;

        // Words before the citation on its line say what is done with it ("Tổng kết Kế hoạch số …").
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = Math.Max(lineStart, start - 120);
        return (text[before..start], text[start..clauseEnd]);
    }

    private static Finding Candidate(DocumentReader reader, LegalDocument citing, List<(StoredCitation Use, ProgrammePeriod Period)> uses, Func<DocumentId, LegalDocument?> load)
    {
        var (first, period) = uses[0];
        var citation = first.Citation;
        var programme = first.ResolvedTo is { } id ? load(id) : null;
        var cited = citation.Text;
        var version = reader.LatestVersion(citing.Id)?.Version ?? 0;
        var evidence = new List<Evidence>
        {
            programme is not null
                ? new Evidence("document", programme.Id.Value, $"{programme.Type} {programme.Number?.Display} “{programme.Title}”: thời kỳ kết thúc năm {period.EndYear}")
                : new Evidence("document", citation.TargetNumber?.Display ?? citation.Text, $"“{period.Text}”: thời kỳ kết thúc năm {period.EndYear}"),
        };
        return new Finding(default, FindingClass.Infeasible,
            $"{DocumentLabel.Of(citing)} (ngày {citing.IssueDate:dd/MM/yyyy}) vẫn viện dẫn {cited} như chương trình đang thực hiện, trong khi thời kỳ của nó đã kết thúc năm {period.EndYear}.")
        {
            Provisions = uses.Select(u => new ProvisionReference(citing.Id, version, u.Use.Citation.SourcePath.ToString()) { Start = u.Use.Citation.Start, End = u.Use.Citation.End }).ToList(),
            Evidence = evidence,
            FoundBy = Rule,
            DetectorKey = $"ended-programme|{citing.Id}|{citation.TargetKey}",
        };
    }
}
