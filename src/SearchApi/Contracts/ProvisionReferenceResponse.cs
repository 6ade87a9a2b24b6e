using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A provision a finding or a recommendation is about: document, version read, path, span.</summary>
public sealed record ProvisionReferenceResponse(string DocumentId, int Version, string Path, int? Start, int? End)
{
    public static ProvisionReferenceResponse From(ProvisionReference p) => new(p.DocumentId, p.Version, p.Path, p.Start, p.End);
}
