using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Monitoring;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>Administration (admin role): accounts, API tokens, the sign-in audit, access settings, the report drafts' letterhead.</summary>
internal static partial class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Administration").RequireAuthorization(Policies.Admin);
        users.MapGet("/", (AccountStore accounts) => TypedResults.Ok(accounts.List().Select(UserResponse.From).ToList())).WithName("ListUsers").WithSummary("Accounts")
            .Produces<List<UserResponse>>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        Admin(users.MapPost("/", CreateUser).WithName("CreateUser").WithSummary("Create an account").Accepts<UserCreateRequest>("application/json").Produces<UserResponse>(StatusCodes.Status201Created));
        Admin(users.MapPatch("/{name}", UpdateUser).WithName("UpdateUser").WithSummary("Change an account's role, name shown, password, or disable it").Accepts<UserUpdateRequest>("application/json").Produces<UserResponse>());

        var admin = app.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(Policies.Admin);
        admin.MapGet("/sign-ins", (AccountStore accounts, int limit = 100) => TypedResults.Ok(accounts.SignIns(Math.Clamp(limit, 1, 1000))))
            .WithName("ListSignIns").WithSummary("The latest sign-in attempts, newest first (audit)").Produces<List<SignInRecord>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        admin.MapGet("/settings", (AccountStore accounts) => TypedResults.Ok(new AccessSettingsBody(accounts.PublicSearch))).WithName("GetAccessSettings")
            .WithSummary("Access settings").Produces<AccessSettingsBody>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        Admin(admin.MapPut("/settings", PutSettings).WithName("PutAccessSettings").WithSummary("Turn public search on or off").Accepts<AccessSettingsBody>("application/json").Produces<AccessSettingsBody>());
        admin.MapGet("/letterhead", GetLetterhead).WithName("GetLetterhead")
            .WithSummary("The letterhead and signature the report drafts carry (set in the web UI, else the Monitoring:Report* settings)")
            .Produces<LetterheadResponse>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        Admin(admin.MapPut("/letterhead", PutLetterhead).WithName("PutLetterhead").WithSummary("Set the report drafts' letterhead and signature")
            .Accepts<LetterheadRequest>("application/json").Produces<LetterheadResponse>());
        Admin(admin.MapDelete("/letterhead", DeleteLetterhead).WithName("DeleteLetterhead")
            .WithSummary("Go back to the letterhead the Monitoring:Report* settings give").Produces<LetterheadResponse>());
        admin.MapGet("/tokens", (ApiTokenStore tokens) => TypedResults.Ok(tokens.List().Select(TokenResponse.From).ToList())).WithName("ListTokens")
            .WithSummary("API tokens (never their secrets)").Produces<List<TokenResponse>>().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        Admin(admin.MapPost("/tokens", CreateToken).WithName("CreateToken").WithSummary("Create an API token for a program; the secret is answered once").Accepts<TokenCreateRequest>("application/json").Produces<TokenCreatedResponse>(StatusCodes.Status201Created));
        Admin(admin.MapDelete("/tokens/{name}", RevokeToken).WithName("RevokeToken").WithSummary("Revoke an API token").Produces(StatusCodes.Status204NoContent));
    }

    private static void Admin(RouteHandlerBuilder route) =>
        route.DisableAntiforgery().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> CreateUser(HttpContext http, AccountStore accounts, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<UserCreateRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (!RegisterValues.TryEnum<Role>(body.Role, out var role))
        {
            return Problems.Invalid(new() { ["role"] = [$"'{body.Role}': dùng viewer, analyst, admin"] });
        }

        var (account, error) = accounts.Create(body.Name ?? "", body.DisplayName, role, body.Password ?? "");
        if (account is null)
        {
            return error!.StartsWith("đã có", StringComparison.Ordinal)
                ? Problems.Conflict(error)
                : Problems.Invalid(new() { [error.StartsWith("mật khẩu", StringComparison.Ordinal) ? "password" : "name"] = [error] });
        }

        return TypedResults.Created($"/api/users/{account.Name}", UserResponse.From(account));
    }

    private static async Task<IResult> UpdateUser(string name, HttpContext http, AccountStore accounts, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<UserUpdateRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (accounts.Get(name) is not { } current)
        {
            return Problems.NotFound($"Không có tài khoản {name} (no such account).");
        }

        Role? role = null;
        if (body.Role is not null)
        {
            if (!RegisterValues.TryEnum<Role>(body.Role, out var parsed))
            {
                return Problems.Invalid(new() { ["role"] = [$"'{body.Role}': dùng viewer, analyst, admin"] });
            }

            role = parsed;
        }

        if ((body.Disabled == true || role is not null and not Role.Admin) && current.Name.Equals(http.User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Conflict("Không tự khóa hoặc hạ quyền tài khoản quản trị của chính mình (an admin cannot disable or demote their own account).");
        }

        if (body.Password is { } password && accounts.SetPassword(name, password) is { Done: false } failed)
        {
            return Problems.Invalid(new() { ["password"] = [failed.Error!] });
        }

        accounts.Update(name, role, body.DisplayName, body.Disabled);
        return TypedResults.Ok(UserResponse.From(accounts.Get(name)!));
    }

    private static async Task<IResult> PutSettings(HttpContext http, AccountStore accounts, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<AccessSettingsBody>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        accounts.PublicSearch = body.PublicSearch;
        return TypedResults.Ok(new AccessSettingsBody(accounts.PublicSearch));
    }

    private static LetterheadResponse CurrentLetterhead(AccountStore accounts, MonitoringSettings settings) =>
        LetterheadResponse.From(Monitoring.Reports.Letterhead(accounts, settings), accounts.Letterhead is not null);

    private static IResult GetLetterhead(AccountStore accounts, MonitoringSettings settings) => TypedResults.Ok(CurrentLetterhead(accounts, settings));

    private static IResult DeleteLetterhead(AccountStore accounts, MonitoringSettings settings)
    {
        accounts.Letterhead = null;
        return TypedResults.Ok(CurrentLetterhead(accounts, settings));
    }

    private static async Task<IResult> PutLetterhead(HttpContext http, AccountStore accounts, MonitoringSettings settings, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<LetterheadRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        string Line(string? value, string field, int max, string what)
        {
            var text = value?.Trim() ?? "";
            if (text.Length == 0 || text.Length > max || text.Contains('\n', StringComparison.Ordinal))
            {
                errors[field] = [$"Cần {what}, một dòng, tối đa {max} ký tự ({field} is required: one line of at most {max} characters)."];
            }

            return text;
        }

        var parent = Line(body.ParentBody, "parentBody", 200, "cơ quan chủ quản");
        var issuer = Line(body.Body, "body", 200, "cơ quan ban hành");
        var symbol = Line(body.Symbol, "symbol", 30, "ký hiệu báo cáo");
        if (!errors.ContainsKey("symbol") && !SymbolPattern().IsMatch(symbol))
        {
            errors["symbol"] = [$"'{symbol}': ký hiệu viết như BC-STP, chữ in hoa và số nối bằng dấu gạch ngang (a symbol such as BC-STP)."];
        }

        var place = Line(body.Place, "place", 100, "địa danh");
        var titles = (body.SignerTitle ?? []).Select(t => t?.Trim() ?? "").Where(t => t.Length > 0).ToList();
        if (titles.Count is < 1 or > 3 || titles.Any(t => t.Length > 100))
        {
            errors["signerTitle"] = ["Cần một đến ba dòng chức danh người ký, mỗi dòng tối đa 100 ký tự (one to three lines of at most 100 characters)."];
        }

        var signer = string.IsNullOrWhiteSpace(body.Signer) ? null : body.Signer.Trim();
        if (signer is { Length: > 100 })
        {
            errors["signer"] = ["Họ tên người ký tối đa 100 ký tự (at most 100 characters)."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        accounts.Letterhead = new ReportLetterhead { ParentBody = parent, Body = issuer, Symbol = symbol, Place = place, SignerTitle = titles, Signer = signer };
        return TypedResults.Ok(CurrentLetterhead(accounts, settings));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SymbolPattern();

    private static async Task<IResult> CreateToken(HttpContext http, ApiTokenStore tokens, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<TokenCreateRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (!RegisterValues.TryEnum<Role>(body.Role, out var role))
        {
            return Problems.Invalid(new() { ["role"] = [$"'{body.Role}': dùng viewer, analyst, admin"] });
        }

        var (token, error) = tokens.Create(body.Name ?? "", role);
        return token is null
            ? error!.StartsWith("đã có", StringComparison.Ordinal) ? Problems.Conflict(error) : Problems.Invalid(new() { ["name"] = [error] })
            : TypedResults.Created($"/api/admin/tokens/{body.Name!.Trim()}", new TokenCreatedResponse(body.Name.Trim(), FindingResponse.Camel(role.ToString()), token));
    }

    private static IResult RevokeToken(string name, ApiTokenStore tokens) =>
        tokens.Revoke(name) ? TypedResults.NoContent() : Problems.NotFound($"Không có token đang dùng tên {name} (no live token of that name).");
}
