namespace LawMonitor.SearchApi.Security;

/// <summary>A person who signs in to the web UI: a login name, the name shown, a role, and whether the account is disabled.</summary>
public sealed record UserAccount(string Name, string DisplayName, Role Role, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt)
{
    public bool Disabled => DisabledAt is not null;
}
