namespace LawMonitor.SearchApi.Contracts;

/// <summary>What to change in a finding's content (absent fields stay as they are); its status changes only through confirm, dismiss and reopen.</summary>
public sealed record FindingEditRequest(string? Description = null, IReadOnlyList<ProvisionReferenceBody>? Provisions = null, IReadOnlyList<EvidenceBody>? Evidence = null, string? Field = null, string? Reason = null);
