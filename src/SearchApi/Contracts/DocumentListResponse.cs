namespace LawMonitor.SearchApi.Contracts;

/// <summary>A page of the documents held, the last indexed first, with how many there are in all.</summary>
public sealed record DocumentListResponse(int Total, int Page, int Size, IReadOnlyList<DocumentListItemResponse> Items);
