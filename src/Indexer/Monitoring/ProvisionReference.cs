namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// The provenance of a finding or a recommendation's target: a document, the version read, the provision
/// path ("Điều 5 Khoản 2", empty for the whole document) and the exact character span in that version's text.
/// </summary>
public sealed record ProvisionReference(Model.DocumentId DocumentId, int Version, string Path)
{
    public int? Start { get; init; }

    public int? End { get; init; }
}
