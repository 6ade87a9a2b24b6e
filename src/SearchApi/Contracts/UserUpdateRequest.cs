namespace LawMonitor.SearchApi.Contracts;

/// <summary>What to change in an account (absent fields stay).</summary>
public sealed record UserUpdateRequest(string? DisplayName = null, string? Role = null, bool? Disabled = null, string? Password = null);
