namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// Who is signed in (nobody: <c>signedIn</c> false), their role, the antiforgery token a cookie session sends
/// as X-CSRF-TOKEN with every change, and whether search is open to anyone.
/// </summary>
public sealed record SessionResponse(bool SignedIn, string? Name, string? DisplayName, string? Role, string? CsrfToken, bool PublicSearch)
{
    /// <summary>No account exists yet: the first admin is created on the server with <c>./lawmonitor user create NAME --role admin</c>.</summary>
    public bool SetupNeeded { get; init; }
}
