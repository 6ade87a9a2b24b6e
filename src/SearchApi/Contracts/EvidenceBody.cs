using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>What a finding rests on: kind (document, inspection, survey, petition, press, passage, diff), a reference, a note.</summary>
public sealed record EvidenceBody(string Kind, string Reference, string? Note = null)
{
    /// <summary>The kind's Vietnamese name ("Văn bản", "Khác biệt"); answered, never read from a request.</summary>
    public string? KindName { get; init; }

    /// <summary>For a document, its name as people read it; answered, never read from a request.</summary>
    public string? ReferenceLabel { get; init; }

    /// <summary>For a diff, the changed spans with both sides' words as written; answered, never read from a request.</summary>
    public IReadOnlyList<DiffSpanResponse>? Diff { get; init; }

    public static EvidenceBody From(Evidence e) => new(e.Kind, e.Reference, e.Note)
    {
        KindName = MonitoringNames.EvidenceKind(e.Kind),
        Diff = e.Diff?.Select(DiffSpanResponse.From).ToList(),
    };

    public static EvidenceBody From(Evidence e, DocumentLabels labels) =>
        From(e) with { ReferenceLabel = labels.OfReference(e.Reference) };

    public Evidence ToDomain() => new(Kind.Trim(), Reference.Trim(), Note?.Trim());
}
