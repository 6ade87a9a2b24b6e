namespace LawMonitor.SearchApi.Contracts;

/// <summary>A page of findings: how many match, which page, its size, the findings.</summary>
public sealed record FindingListResponse(int Total, int Page, int Size, IReadOnlyList<FindingResponse> Items);
