namespace LawMonitor.SearchApi.Contracts;

/// <summary>An account to create: login name, name shown, role (viewer, analyst, admin), initial password (at least 10 characters).</summary>
public sealed record UserCreateRequest(string? Name, string? DisplayName, string? Role, string? Password);
