namespace LawMonitor.SearchApi.Contracts;

/// <summary>What to change in an obligation; a field left out is kept. <c>deadline</c> is read as a provision writes it.</summary>
public sealed record ObligationEditRequest(string? Obligor, IReadOnlyList<string>? Bodies, string? Recipient, string? ReportName, string? Deadline, string? Reason);
