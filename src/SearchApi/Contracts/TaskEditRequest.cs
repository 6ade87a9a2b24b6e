namespace LawMonitor.SearchApi.Contracts;

/// <summary>What to change in a task; a field left out is kept. <c>deadline</c> is read as the plan would write it ("Quý III năm 2026", "trước ngày 30/6/2026").</summary>
public sealed record TaskEditRequest(string? Content, string? LeadBody, IReadOnlyList<string>? CooperatingBodies, string? Deadline, string? Product, string? Kind, string? Field, string? Reason);
