using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>An API token as listed (never the secret).</summary>
public sealed record TokenResponse(string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static TokenResponse From(ApiToken t) => new(t.Name, FindingResponse.Camel(t.Role.ToString()), t.CreatedAt, t.RevokedAt);
}
