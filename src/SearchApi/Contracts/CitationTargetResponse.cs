namespace LawMonitor.SearchApi.Contracts;

/// <summary>What a citation points to, and the indexed document it resolves to (null when that is not in the index).</summary>
/// <param name="Key">"number:19/2020/nd-cp" or "name:luat dat dai"; null for an internal reference.</param>
/// <param name="Path">The cited provision ("Điều 10.2"), when a provision is cited.</param>
/// <param name="DocumentId">The indexed document it resolves to; for an internal reference, the citing document.</param>
public sealed record CitationTargetResponse(string? Key, string? Number, string? Type, string? Name, string? Issuer, DateOnly? Date, string? Path, string? DocumentId);
