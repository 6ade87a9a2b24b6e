using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace LawMonitor.SearchApi.Security;

/// <summary>
/// Who may do what. People sign in to the UI with a password and get a session cookie (HttpOnly,
/// SameSite=Strict, 8 hours sliding, checked against their account on every request so that disabling
/// an account or changing its role takes effect at once); programs send "Authorization: Bearer lm_…".
/// Requests authenticated by the cookie that change anything must carry the antiforgery token
/// (X-CSRF-TOKEN); token requests carry no ambient credentials and need none.
/// </summary>
internal static class SecuritySetup
{
    public const string Scheme = "LawMonitor";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CsrfHeader = "X-CSRF-TOKEN";

    /// <summary>Accounts and API tokens (<c>accounts.db</c>), sign-in throttling, the cookie and bearer schemes, the roles' policies, CSRF.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services, Hosting.ServiceOptions service)
    {
        services.AddSingleton(sp => new AccountStore(service.DataDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Indexer.Monitoring.IPersonNames>(sp => sp.GetRequiredService<AccountStore>()); // registers name people by their display names
        services.AddSingleton<ApiTokenStore>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<IAuthorizationHandler, BrowseHandler>();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? BearerTokenHandler.SchemeName : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "lm_session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = Revalidate;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Browse, policy => policy.AddRequirements(new BrowseRequirement()))
            .AddPolicy(Policies.Read, policy => policy.RequireRole(nameof(Role.Viewer)))
            .AddPolicy(Policies.Write, policy => policy.RequireRole(nameof(Role.Analyst)))
            .AddPolicy(Policies.Admin, policy => policy.RequireRole(nameof(Role.Admin)));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = CsrfHeader;
            options.Cookie.Name = "lm_csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>The session's account still exists, is enabled and has the role the cookie says; else the session ends.</summary>
    private static async Task Revalidate(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
        var name = context.Principal?.Identity?.Name;
        var account = name is null ? null : accounts.Get(name);
        if (account is null || account.Disabled)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme).ConfigureAwait(false);
            return;
        }

        if (Principals.RoleOf(context.Principal!) != account.Role)
        {
            context.ReplacePrincipal(Principals.For(account.Name, account.DisplayName, account.Role, "cookie", CookieScheme));
            context.ShouldRenew = true;
        }
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>Security headers on every response; API answers are never cached.</summary>
    public static void UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
            {
                headers.CacheControl = "no-store";
            }

            await next(context).ConfigureAwait(false);
        });

    /// <summary>Refuses a change made with the session cookie but without its antiforgery token (400, problem type csrf).</summary>
    public static void UseCsrfProtection(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (!(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method))
                && context.User.FindFirst(Principals.AuthClaim)?.Value == "cookie")
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
                {
                    await Results.Problem("Yêu cầu thiếu mã chống giả mạo (X-CSRF-TOKEN); hãy tải lại trang (missing or invalid antiforgery token).",
                        statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ (CSRF)", type: "https://lawmonitor.example/problems/csrf").ExecuteAsync(context).ConfigureAwait(false);
                    return;
                }
            }

            await next(context).ConfigureAwait(false);
        });
}
