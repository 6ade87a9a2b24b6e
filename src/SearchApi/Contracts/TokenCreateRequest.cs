namespace LawMonitor.SearchApi.Contracts;

/// <summary>An API token to create for a program: its name and role.</summary>
public sealed record TokenCreateRequest(string? Name, string? Role);
