namespace LawMonitor.SearchApi.Contracts;

/// <summary>What to change in a recommendation's content (absent fields stay); where it stands changes only through its transitions.</summary>
public sealed record RecommendationEditRequest(string? Action = null, string? CompetentBody = null, string? Content = null, IReadOnlyList<long>? FindingIds = null, IReadOnlyList<ProvisionReferenceBody>? Targets = null, string? Field = null, string? Reason = null);
