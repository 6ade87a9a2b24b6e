using System.Security.Claims;

namespace LawMonitor.SearchApi.Security;

/// <summary>The signed-in principal of a person (cookie) or a program (token): its name, the name shown, and a role claim for its role and each below it.</summary>
internal static class Principals
{
    /// <summary>The claim saying how the principal authenticated: "cookie" or "token" (CSRF checks apply to cookies only).</summary>
    public const string AuthClaim = "auth";

    public const string DisplayNameClaim = "display_name";

    public static ClaimsPrincipal For(string name, string displayName, Role role, string auth, string scheme)
    {
        // NameIdentifier: what the antiforgery token is bound to, so that it survives a change of role.
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, name), new(ClaimTypes.Name, name), new(DisplayNameClaim, displayName), new(AuthClaim, auth) };
        claims.AddRange(Enum.GetValues<Role>().Where(r => r <= role).Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The highest role of a principal, or null when it has none.</summary>
    public static Role? RoleOf(ClaimsPrincipal user) =>
        Enum.GetValues<Role>().Where(r => user.IsInRole(r.ToString())).Cast<Role?>().LastOrDefault();
}
