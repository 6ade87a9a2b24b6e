namespace LawMonitor.SearchApi.Contracts;

/// <summary>The document issued to carry the recommendation out (an id or number; one not yet ingested is kept by its number), and when.</summary>
public sealed record ImplementRequest(string? OutcomeDocument, string? ImplementedOn = null);
