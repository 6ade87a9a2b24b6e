namespace LawMonitor.SearchApi.Contracts;

/// <summary>A body of the province and the groups provisions address it by.</summary>
public sealed record BodyResponse(string Name, IReadOnlyList<string> Groups);
