namespace LawMonitor.SearchApi.Contracts;

/// <summary>A page of obligations, each with the reports of <c>year</c>.</summary>
public sealed record ObligationListResponse(int Total, int Page, int Size, int Year, IReadOnlyList<ObligationResponse> Items);
