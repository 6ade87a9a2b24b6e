namespace LawMonitor.SearchApi.Contracts;

/// <summary>A new API token: shown once, only its hash is kept.</summary>
public sealed record TokenCreatedResponse(string Name, string Role, string Token);
