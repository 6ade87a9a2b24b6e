namespace LawMonitor.SearchApi.Contracts;

/// <summary>A task a person adds to a plan: the plan (id or number), what, who leads and cooperates, by when (as the plan writes it), the product.</summary>
public sealed record TaskCreateRequest(string? Plan, string? Path, string? Content, string? LeadBody, IReadOnlyList<string>? CooperatingBodies, string? Deadline, string? Product, string? Kind, string? Field);
