namespace LawMonitor.SearchApi.Contracts;

/// <summary>A finding to record (it starts open).</summary>
/// <param name="Class">overdueDetailing, contradiction, overlap, conflictWithHigher, infeasible, lapsedBasis, missingConditions, nonCompliance.</param>
public sealed record FindingCreateRequest(string? Class, string? Description, IReadOnlyList<ProvisionReferenceBody>? Provisions = null, IReadOnlyList<EvidenceBody>? Evidence = null, string? Field = null);
