using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Detector 1, lapsed basis: a document that cites — as its basis ("Căn cứ …") or in its body — a document
/// that has ended, as the one effect rule decides it (<see cref="EffectRule"/>: its stated status, the
/// reference table of central documents, a competent later document's repeal, replacement or declaration of
/// expiry; a lower document's "đã hết hiệu lực" only as a report of the fact). One finding per citing document,
/// naming each ended document with what ended it and from when, with every citing provision.
/// Rules: only documents identified by number can be known to have ended (names repeat across years:
/// "Luật Đất đai", "Hiến pháp"); a provision-level repeal ("bãi bỏ Điều 5 của …") only touches citations of
/// that provision; body references count in legal acts, not in reports, dispatches, notices or plans, which
/// record what held when they were written; documents that have ended themselves (by their status, or
/// repealed or replaced as a whole by an ingested document), and the ending document, are not flagged.
/// </summary>
public static class LapsedBasisDetector
{
    public const string Rule = "rule:lapsed-basis";

    public static IReadOnlyList<Finding> Detect(LegalIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var reader = index.Documents;
        var effects = reader.Effects();
        var endedDocuments = effects.Ended.ToHashSet();
        var types = new Dictionary<DocumentId, string?>();
        var uses = new List<(StoredCitation Use, EffectEvent? Ending)>();
        foreach (var use in reader.CitationsWithRelation(CitationRelation.Basis, CitationRelation.References))
        {
            var citation = use.Citation;
            if (endedDocuments.Contains(use.CitingDocument) || use.ResolvedTo == use.CitingDocument
                || !citation.TargetKey!.StartsWith("number:", StringComparison.Ordinal)
                || (citation.Relation == CitationRelation.References && IsRecord(TypeOf(reader, types, use.CitingDocument))))
            {
                continue;
            }

            var effect = effects.Of(citation);
            EffectEvent? ending;
            if (effect.HasEnded)
            {
                ending = effect.Decisive;
            }
            else if (citation.TargetPath is { } path && effect.Events.FirstOrDefault(e => e.Ends && !e.Reported && e.Path is { } p && Covers(p, path)) is { } partial)
            {
                ending = partial;
            }
            else
            {
                continue;
            }

            if (ending?.By == use.CitingDocument)
            {
                continue;
            }

            uses.Add((use, ending));
        }

        var labels = new DocumentLabels(reader);
        return uses.GroupBy(u => u.Use.CitingDocument)
            .Select(g => Candidate(reader, labels, g.Key, g.ToList()))
            .ToList();
    }

    /// <summary>Whether a provision-level repeal of <paramref name="ended"/> covers the cited <paramref name="cited"/> ("Điều 5" covers "Điều 5.2").</summary>
    private static bool Covers(ProvisionPath ended, ProvisionPath cited) => ended.Contains(cited);

    /// <summary>Reports, dispatches, notices, submissions and time-bound plans record what held when they were written.</summary>
    private static bool IsRecord(string? type) =>
        type is not null && RecordTypes.Any(t => type.StartsWith(t, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] RecordTypes = ["Báo cáo", "Công văn", "Thông báo", "Tờ trình", "Kế hoạch", "Chương trình"];

    private static string? TypeOf(DocumentReader reader, Dictionary<DocumentId, string?> types, DocumentId id)
    {
        if (!types.TryGetValue(id, out var type))
        {
            types[id] = type = reader.Get(id, withText: false)?.Document.Type;
        }

        return type;
    }

    /// <summary>One finding per citing document: every ended document it rests on, each with what ended it.</summary>
    private static Finding Candidate(DocumentReader reader, DocumentLabels labels, DocumentId citing, IReadOnlyList<(StoredCitation Use, EffectEvent? Ending)> uses)
    {
        var targets = uses.GroupBy(u => u.Use.Citation.TargetKey!).Select(g => (Key: g.Key, Uses: g.ToList())).ToList();
        var clauses = targets.Select(t =>
        {
            var citation = t.Uses[0].Use.Citation;
            var ending = t.Uses[0].Ending;
            var cited = citation.TargetNumber is { } number ? DocumentName.Of(number, citation.TargetType, citation.TargetName) : citation.TargetName ?? citation.Text;
            if (citation.TargetPath is { IsDocument: false } targetPath && ending?.Path is not null)
            {
                cited = $"{ProvisionLabel.Of(targetPath, lowerFirst: true)} {cited}";
            }

            return $"{cited} ({How(ending)})";
        }).ToList();
        var verb = uses.Any(u => u.Use.Citation.Relation == CitationRelation.Basis) ? "lấy làm căn cứ" : "viện dẫn";
        var version = reader.LatestVersion(citing)?.Version ?? 0;
        var list = clauses.Count == 1 ? clauses[0] : string.Join("; ", clauses[..^1]) + " và " + clauses[^1];
        return new Finding(default, FindingClass.LapsedBasis, $"{labels.Of(citing)} {verb} {list}.")
        {
            Provisions = uses.Select(u => new ProvisionReference(citing, version, u.Use.Citation.SourcePath.ToString()) { Start = u.Use.Citation.Start, End = u.Use.Citation.End }).ToList(),
            Evidence = targets.Select(t => Evidence(t.Uses[0].Ending, t.Uses[0].Use.ResolvedTo)).Distinct().ToList(),
            FoundBy = Rule,
            DetectorKey = $"lapsed-basis|{citing}",
        };
    }

    /// <summary>"đã được thay thế bởi Nghị định số 80/2025/NĐ-CP, từ ngày 01/4/2025" — the act, never a lower document's report of it.</summary>
    private static string How(EffectEvent? ending)
    {
        if (ending is null)
        {
            return "đã hết hiệu lực theo thông tin hiệu lực của chính văn bản";
        }

        var since = ending.Since is { } d ? $", từ ngày {d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : string.Empty;
        if (ending.Reported)
        {
            var at = ending.At is { IsDocument: false } p ? $", {ProvisionLabel.Of(p, lowerFirst: true)}" : string.Empty;
            return $"đã hết hiệu lực, theo ghi nhận tại {ending.ByLabel}{at}";
        }

        var verb = ending.Relation switch
        {
            CitationRelation.Replaces => "đã được thay thế bởi",
            CitationRelation.Repeals => "đã bị bãi bỏ bởi",
            _ => "đã hết hiệu lực theo",
        };
        return $"{verb} {ending.ByLabel}{since}";
    }

    private static Evidence Evidence(EffectEvent? ending, DocumentId? cited) => ending switch
    {
        null => new Evidence("document", cited?.Value ?? string.Empty, "trạng thái hiệu lực ghi trong văn bản: hết hiệu lực"),
        { By: { } by } => new Evidence("document", by.Value, ending.Quote ?? DocumentEffect.Describe(ending)),
        _ => new Evidence("effect-fact", ending.ByLabel, DocumentEffect.Describe(ending)),
    };
}
