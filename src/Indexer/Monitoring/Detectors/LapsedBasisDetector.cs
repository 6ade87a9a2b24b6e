using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Detector 1, lapsed basis: a document that cites — as its basis ("Căn cứ …") or in its body — a document
/// that has ended: stated as expired in its metadata, or replaced, repealed or declared expired by another
/// ingested document. One finding per citing document and ended document, with every citing provision.
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
        var expired = reader.NumberKeysWithStatus(EffectStatus.Expired);
        var endedDocuments = EndedDocuments.Find(reader);
        var endings = new Dictionary<string, (DocumentId By, StoredCitation? Citation)>(StringComparer.Ordinal);
        foreach (var (document, key) in expired)
        {
            endings.TryAdd(key, (document, null));
        }

        foreach (var ending in reader.CitationsWithRelation(CitationRelation.Replaces, CitationRelation.Repeals, CitationRelation.Expires))
        {
            if (ending.Citation.TargetKey!.StartsWith("number:", StringComparison.Ordinal))
            {
                endings.TryAdd(Key(ending.Citation.TargetKey, ending.Citation.TargetPath), (ending.CitingDocument, ending));
            }
        }

        var types = new Dictionary<DocumentId, string?>();
        var uses = new List<(StoredCitation Use, DocumentId By, StoredCitation? Ending)>();
        foreach (var use in reader.CitationsWithRelation(CitationRelation.Basis, CitationRelation.References))
        {
            var citation = use.Citation;
            if (endedDocuments.Contains(use.CitingDocument) || use.ResolvedTo == use.CitingDocument
                || !(endings.TryGetValue(Key(citation.TargetKey!, null), out var ended) || (citation.TargetPath is { } path && endings.TryGetValue(Key(citation.TargetKey!, path), out ended)))
                || ended.By == use.CitingDocument
                || (citation.Relation == CitationRelation.References && IsRecord(TypeOf(reader, types, use.CitingDocument))))
            {
                continue;
            }

            uses.Add((use, ended.By, ended.Citation));
        }

        var labels = new DocumentLabels(reader);
        return uses.GroupBy(u => (u.Use.CitingDocument, u.Use.Citation.TargetKey, u.By))
            .Select(g => Candidate(reader, labels, g.Select(u => u.Use).ToList(), g.Key.By, g.First().Ending))
            .ToList();
    }

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

    private static string Key(string targetKey, ProvisionPath? path) => path is { } p ? $"{targetKey}#{p}" : targetKey;

    private static Finding Candidate(DocumentReader reader, DocumentLabels labels, IReadOnlyList<StoredCitation> group, DocumentId endedBy, StoredCitation? ending)
    {
        var use = group[0];
        var citation = use.Citation;
        var cited = citation.TargetNumber?.Display ?? citation.TargetName ?? citation.Text;
        var how = ending?.Citation.Relation switch
        {
            CitationRelation.Replaces => "đã được thay thế",
            CitationRelation.Repeals => "đã bị bãi bỏ",
            _ => "đã hết hiệu lực",
        };
        var by = ending is null ? "theo thông tin hiệu lực của văn bản" : $"theo {labels.Of(endedBy)} (“{ending.Citation.Text}”)";
        var uses = group.Any(u => u.Citation.Relation == CitationRelation.Basis) ? "lấy làm căn cứ" : "viện dẫn";
        var version = reader.LatestVersion(use.CitingDocument)?.Version ?? 0;
        return new Finding(0, FindingClass.LapsedBasis, $"{labels.Of(use.CitingDocument)} {uses} {cited}, văn bản này {how} {by}.")
        {
            Provisions = group.Select(u => new ProvisionReference(use.CitingDocument.Value, version, u.Citation.SourcePath.ToString()) { Start = u.Citation.Start, End = u.Citation.End }).ToList(),
            Evidence = [new Evidence("document", endedBy.Value, ending?.Citation.Text ?? "trạng thái: hết hiệu lực")],
            FoundBy = Rule,
            DetectorKey = $"lapsed-basis|{use.CitingDocument}|{citation.TargetKey}|{endedBy}",
        };
    }
}
