using System.Globalization;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>
/// Signing in and out of the web UI. Every attempt is recorded for audit; repeated failures are throttled
/// (429 with Retry-After); a wrong name and a wrong password get the same answer.
/// </summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Sign-in");
        group.MapPost("/login", Login).WithName("SignIn").WithSummary("Sign in with a login name and password: a session cookie and the antiforgery token")
            .AllowAnonymous().DisableAntiforgery().Accepts<LoginRequest>("application/json").Produces<SessionResponse>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/logout", (Func<HttpContext, Task<IResult>>)Logout).WithName("SignOut").WithSummary("End the session").AllowAnonymous().DisableAntiforgery().Produces(StatusCodes.Status204NoContent);
        group.MapGet("/session", Session).WithName("GetSession").WithSummary("Who is signed in, with a fresh antiforgery token for cookie sessions; whether search is public")
            .AllowAnonymous().Produces<SessionResponse>();
    }

    private static async Task<IResult> Login(HttpContext http, AccountStore accounts, LoginThrottle throttle, IAntiforgery antiforgery, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<LoginRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Name))
        {
            errors["name"] = ["Nhập tên đăng nhập (the login name is required)."];
        }

        if (string.IsNullOrEmpty(body.Password))
        {
            errors["password"] = ["Nhập mật khẩu (the password is required)."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var name = body.Name!.Trim();
        var address = http.Connection.RemoteIpAddress?.ToString();
        var attempt = throttle.TryBegin(name, address, out var wait);
        if (attempt is null)
        {
            accounts.RecordSignIn(name, address, false, "throttled");
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem($"Đăng nhập sai quá nhiều lần; thử lại sau {Math.Ceiling(wait.TotalMinutes)} phút (too many failed sign-ins; try again later).",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Tạm khóa đăng nhập (throttled)", type: "https://lawmonitor.example/problems/throttled");
        }

        var (account, reason) = accounts.Verify(name, body.Password!);
        if (account is null)
        {
            accounts.RecordSignIn(name, address, false, reason);
            return TypedResults.Problem("Tên đăng nhập hoặc mật khẩu không đúng (wrong name or password).",
                statusCode: StatusCodes.Status401Unauthorized, title: "Không đăng nhập được (sign-in failed)", type: "https://lawmonitor.example/problems/sign-in-failed");
        }

        throttle.Succeeded(attempt);
        var principal = Principals.For(account.Name, account.DisplayName, account.Role, "cookie", SecuritySetup.CookieScheme);
        await http.SignInAsync(SecuritySetup.CookieScheme, principal);
        http.User = principal; // the antiforgery token is bound to the user it is issued to
        accounts.RecordSignIn(account.Name, address, true, null);
        return TypedResults.Ok(new SessionResponse(true, account.Name, account.DisplayName, FindingResponse.Camel(account.Role.ToString()), antiforgery.GetAndStoreTokens(http).RequestToken, accounts.PublicSearch)
        {
            Today = RegisterHttp.Today(clock),
            RoleName = SecurityNames.Of(account.Role),
        });
    }

    private static async Task<IResult> Logout(HttpContext http)
    {
        await http.SignOutAsync(SecuritySetup.CookieScheme);
        return TypedResults.NoContent();
    }

    private static IResult Session(HttpContext http, AccountStore accounts, IAntiforgery antiforgery, TimeProvider clock)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Ok(new SessionResponse(false, null, null, null, null, accounts.PublicSearch) { SetupNeeded = !accounts.Any(), Today = RegisterHttp.Today(clock) });
        }

        var cookie = http.User.FindFirst(Principals.AuthClaim)?.Value == "cookie";
        var role = Principals.RoleOf(http.User);
        return TypedResults.Ok(new SessionResponse(true, http.User.Identity.Name, http.User.FindFirst(Principals.DisplayNameClaim)?.Value,
            role is { } r ? FindingResponse.Camel(r.ToString()) : null,
            cookie ? antiforgery.GetAndStoreTokens(http).RequestToken : null, accounts.PublicSearch)
        {
            Today = RegisterHttp.Today(clock),
            RoleName = role is { } named ? SecurityNames.Of(named) : null,
        });
    }
}
