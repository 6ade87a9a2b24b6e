using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>What a finding rests on: kind (document, inspection, survey, petition, press, passage, diff), a reference, a note.</summary>
public sealed record EvidenceBody(string Kind, string Reference, string? Note = null)
{
    public static EvidenceBody From(Evidence e) => new(e.Kind, e.Reference, e.Note);

    public Evidence ToDomain() => new(Kind.Trim(), Reference.Trim(), Note?.Trim());
}
