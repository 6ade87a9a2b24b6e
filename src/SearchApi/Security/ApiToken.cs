namespace LawMonitor.SearchApi.Security;

/// <summary>An API token as stored: its name, role and dates (never the token itself, only its hash).</summary>
public sealed record ApiToken(string Name, Role Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
