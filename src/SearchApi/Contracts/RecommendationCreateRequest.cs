namespace LawMonitor.SearchApi.Contracts;

/// <summary>A recommendation to draft.</summary>
/// <param name="Action">issue, amend, supplement, replace, repeal, suspend, organisational.</param>
public sealed record RecommendationCreateRequest(string? Action, string? CompetentBody, string? Content, IReadOnlyList<long>? FindingIds = null, IReadOnlyList<ProvisionReferenceBody>? Targets = null, string? Field = null);
