namespace LawMonitor.SearchApi.Contracts;

/// <summary>A page of tasks.</summary>
public sealed record TaskListResponse(int Total, int Page, int Size, IReadOnlyList<TaskResponse> Items);
