using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>An account as admins see it (never its password hash).</summary>
public sealed record UserResponse(string Name, string DisplayName, string Role, DateTimeOffset CreatedAt, bool Disabled)
{
    public static UserResponse From(UserAccount a) => new(a.Name, a.DisplayName, FindingResponse.Camel(a.Role.ToString()), a.CreatedAt, a.Disabled);
}
