namespace LawMonitor.SearchApi.Contracts;

/// <summary>A page of recommendations: how many match, which page, its size, the recommendations.</summary>
public sealed record RecommendationListResponse(int Total, int Page, int Size, IReadOnlyList<RecommendationResponse> Items);
