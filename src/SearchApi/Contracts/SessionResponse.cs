namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// Who is signed in (nobody: <c>signedIn</c> false), their role, the antiforgery token a cookie session sends
/// as X-CSRF-TOKEN with every change, and whether search is open to anyone.
/// </summary>
public sealed record SessionResponse(bool SignedIn, string? Name, string? DisplayName, string? Role, string? CsrfToken, bool PublicSearch)
{
    /// <summary>No account exists yet: the first admin is created on the server with <c>./lawmonitor user create NAME --role admin</c>.</summary>
    public bool SetupNeeded { get; init; }

    /// <summary>Today on the Vietnam calendar, on the service's clock: the UI's default dates and years start from it.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The role's Vietnamese name: "Quản trị viên", "Chuyên viên phân tích", "Người xem".</summary>
    public string? RoleName { get; init; }
}
