namespace LawMonitor.SearchApi.Contracts;

/// <summary>A search sent as JSON (POST /api/search); the fields are those of GET /api/search.</summary>
public sealed record SearchRequestBody(
    string? Q,
    int? Page,
    int? PageSize,
    string? Type,
    string? Issuer,
    string? Year,
    string? Status,
    string? Source,
    bool? Facets);
