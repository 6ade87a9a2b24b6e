using System.Security.Cryptography;
using System.Text;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Alerts;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Monitoring;
using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>
/// A user's own alerts: saved searches (each with an Atom feed), watches on documents and provisions, and
/// the notifications they produce. Any role may keep their own subscriptions; nobody sees another's.
/// </summary>
internal static class AlertEndpoints
{
    public static void MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(Policies.Read);
        group.MapGet("/saved-searches", (AlertStore store, HttpContext http) => TypedResults.Ok(store.Searches(RegisterHttp.Actor(http.User)).Select(SavedSearchResponse.From).ToList()))
            .WithName("ListSavedSearches").WithSummary("Your saved searches").Produces<List<SavedSearchResponse>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        Change(group.MapPost("/saved-searches", SaveSearch).WithName("SaveSearch").WithSummary("Save a search: documents that come to match it become notifications")
            .Accepts<SavedSearchRequest>("application/json").Produces<SavedSearchResponse>(StatusCodes.Status201Created));
        Change(group.MapDelete("/saved-searches/{id:long}", (long id, AlertStore store, HttpContext http) => Remove(store, "search", id, http)).WithName("DeleteSavedSearch").WithSummary("Stop a saved search").Produces(StatusCodes.Status204NoContent));
        group.MapGet("/watches", (AlertStore store, HttpContext http) => TypedResults.Ok(store.Watches(RegisterHttp.Actor(http.User)).Select(WatchResponse.From).ToList()))
            .WithName("ListWatches").WithSummary("Your watches").Produces<List<WatchResponse>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        Change(group.MapPost("/watches", AddWatch).WithName("Watch").WithSummary("Watch a document or a provision: new versions, citations, amendments and repeals become notifications")
            .Accepts<WatchRequest>("application/json").Produces<WatchResponse>(StatusCodes.Status201Created));
        Change(group.MapDelete("/watches/{id:long}", (long id, AlertStore store, HttpContext http) => Remove(store, "watch", id, http)).WithName("DeleteWatch").WithSummary("Stop watching").Produces(StatusCodes.Status204NoContent));
        group.MapGet("/body-watches", (AlertStore store, HttpContext http) => TypedResults.Ok(store.BodyWatches(RegisterHttp.Actor(http.User)).Select(BodyWatchResponse.From).ToList()))
            .WithName("ListBodyWatches").WithSummary("The bodies you watch").Produces<List<BodyWatchResponse>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        Change(group.MapPost("/body-watches", AddBodyWatch).WithName("WatchBody").WithSummary("Watch a body: its tasks and the reports it owes, falling due within 7 days or overdue, become notifications")
            .Accepts<BodyWatchRequest>("application/json").Produces<BodyWatchResponse>(StatusCodes.Status201Created));
        Change(group.MapDelete("/body-watches/{id:long}", (long id, AlertStore store, HttpContext http) => Remove(store, "body", id, http)).WithName("DeleteBodyWatch").WithSummary("Stop watching a body").Produces(StatusCodes.Status204NoContent));
        group.MapGet("/notifications", Notifications).WithName("ListNotifications").WithSummary("Your notifications, newest first, each with its reason")
            .Produces<NotificationListResponse>().ProducesProblem(StatusCodes.Status401Unauthorized);
        Change(group.MapPost("/notifications/read", MarkRead).WithName("MarkNotificationsRead").WithSummary("Mark notifications read (all when no ids are given)")
            .Accepts<MarkReadRequest>("application/json").Produces<int>());
        app.MapGet("/api/alerts/saved-searches/{id:long}/feed.atom", Feed).WithTags("Alerts").WithName("SavedSearchFeed")
            .WithSummary("The Atom feed of a saved search; the key in its address is the credential (feed readers cannot sign in)")
            .AllowAnonymous().Produces(StatusCodes.Status200OK, contentType: "application/atom+xml").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void Change(RouteHandlerBuilder route) =>
        route.DisableAntiforgery().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> SaveSearch(HttpContext http, AlertStore store, AlertChecker checker, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<SavedSearchRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Query) || body.Query.Length > 4000)
        {
            return Problems.Invalid(new() { ["query"] = ["Cần câu tìm kiếm, tối đa 4.000 ký tự (a query of at most 4,000 characters is required)."] });
        }

        var name = string.IsNullOrWhiteSpace(body.Name) ? body.Query.Trim() : body.Name.Trim();
        var saved = store.AddSearch(RegisterHttp.Actor(http.User), name.Length > 200 ? name[..200] : name, body.Query.Trim());
        checker.Check(saved, baseline: true);
        return TypedResults.Created($"/api/alerts/saved-searches/{saved.Id}", SavedSearchResponse.From(saved));
    }

    private static async Task<IResult> AddWatch(HttpContext http, AlertStore store, AlertChecker checker, LegalIndex index, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<WatchRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var (reference, error) = RegisterValues.Provision(index.Documents, body.Document ?? "", body.Path);
        if (reference is null)
        {
            return Problems.Invalid(new() { [string.IsNullOrEmpty(body.Path) || error!.Contains("văn bản", StringComparison.Ordinal) ? "document" : "path"] = [error!] });
        }

        var document = index.Documents.Get(reference.DocumentId, withText: false)!.Document;
        var label = Indexer.Legal.ProvisionLabel.Of(reference.Path, DocumentLabel.Of(document));
        var watch = store.AddWatch(RegisterHttp.Actor(http.User), reference.DocumentId.Value, reference.Path, label);
        checker.Check(watch, baseline: true);
        return TypedResults.Created($"/api/alerts/watches/{watch.Id}", WatchResponse.From(watch));
    }

    private static async Task<IResult> AddBodyWatch(HttpContext http, AlertStore store, AlertChecker checker, MonitoringStore registers, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<BodyWatchRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Body) || body.Body.Trim().Length > 200)
        {
            return Problems.Invalid(new() { ["body"] = ["Cần tên cơ quan, tối đa 200 ký tự, ví dụ Sở Tư pháp (a body's name of at most 200 characters is required)."] });
        }

        var watch = store.AddBodyWatch(RegisterHttp.Actor(http.User), registers.Bodies().Canonical(body.Body.Trim()));
        checker.Check(watch, DeadlineNotices.On(registers, new DocumentLabels(index.Documents), new Indexer.Calendar.VietnamCalendar(clock).Today), baseline: true);
        return TypedResults.Created($"/api/alerts/body-watches/{watch.Id}", BodyWatchResponse.From(watch));
    }

    private static IResult Remove(AlertStore store, string subscription, long id, HttpContext http) =>
        store.Remove(subscription, id, RegisterHttp.Actor(http.User)) ? TypedResults.NoContent() : Problems.NotFound($"Bạn không có mục theo dõi #{id} (no such subscription of yours).");

    private static IResult Notifications(AlertStore store, HttpContext http, bool unread = false, int limit = 100)
    {
        var owner = RegisterHttp.Actor(http.User);
        var items = store.Notifications(owner, unread, limit: Math.Clamp(limit, 1, 500));
        return TypedResults.Ok(new NotificationListResponse(store.UnreadCount(owner), items.Select(NotificationResponse.From).ToList()));
    }

    private static async Task<IResult> MarkRead(HttpContext http, AlertStore store, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<MarkReadRequest>(http.Request, cancellationToken);
        return body is null ? problem! : TypedResults.Ok(store.MarkRead(RegisterHttp.Actor(http.User), body.Ids ?? []));
    }

    /// <summary>The configured public address without its trailing slash, or "" (links stay relative) when unset or not an http(s) URL.</summary>
    internal static string PublicOrigin(IConfiguration configuration) =>
        Uri.TryCreate(configuration["PublicUrl"], UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : "";

    private static IResult Feed(long id, string? key, AlertStore store, HttpContext http)
    {
        var search = store.Searches().FirstOrDefault(s => s.Id == id);
        if (search is null || key is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(search.FeedKey)))
        {
            return Problems.NotFound("Không có nguồn tin này (no such feed).");
        }

        // Links never come from the request's Host header (a forged one would be written into the feed): the
        // configured public address (setting PublicUrl, e.g. https://theodoi.stp.example.gov.vn), else relative.
        var origin = PublicOrigin(http.RequestServices.GetRequiredService<IConfiguration>());
        var entries = store.Notifications(null, subscription: "search", subscriptionId: id, limit: 50);
        return TypedResults.Text(SavedSearchFeed.Write(search, entries, origin), "application/atom+xml; charset=utf-8");
    }
}
