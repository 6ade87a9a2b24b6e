namespace LawMonitor.SearchApi.Contracts;

/// <summary>Access settings: whether anyone may search and read documents without signing in.</summary>
public sealed record AccessSettingsBody(bool PublicSearch);
