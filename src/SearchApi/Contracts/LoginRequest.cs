namespace LawMonitor.SearchApi.Contracts;

/// <summary>A sign-in: login name and password.</summary>
public sealed record LoginRequest(string? Name, string? Password);
