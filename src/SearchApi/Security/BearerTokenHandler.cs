using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LawMonitor.SearchApi.Security;

/// <summary>Authenticates "Authorization: Bearer lm_…" against the token store; the token's role becomes role claims.</summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (tokens.Find(header["Bearer ".Length..].Trim()) is not { } token)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown or revoked token"));
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, token.Name), new("auth", "token") };
        claims.AddRange(Enum.GetValues<Role>().Where(r => r <= token.Role).Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"lawmonitor\"";
        return Task.CompletedTask;
    }
}
