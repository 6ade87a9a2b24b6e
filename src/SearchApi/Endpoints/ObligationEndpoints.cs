using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Monitoring;
using LawMonitor.SearchApi.Security;
using static LawMonitor.SearchApi.Endpoints.FindingEndpoints;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>
/// The duties to report that provisions set, and who has sent what: read with any role; a report received, an
/// edit or a rejection by an analyst or admin, with If-Match. The directory of the province's bodies is read by
/// anyone signed in and replaced by an admin.
/// </summary>
internal static class ObligationEndpoints
{
    private static string NoSuch(long id) => $"Không có nghĩa vụ báo cáo #{id} (no such obligation).";

    public static void MapObligationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/obligations").WithTags("Reporting duties");
        group.MapGet("/", List).WithName("ListObligations").WithSummary("Duties to report, each with its reports of a year (default: this year) and where each stands")
            .RequireAuthorization(Policies.Read).Produces<ObligationListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/reports", Due).WithName("ListReportsDue").WithSummary("Every body's reports owed in a year, across duties: received on time, late, missing, falling due")
            .RequireAuthorization(Policies.Read).Produces<List<ReportDueResponse>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:long}", Get).WithName("GetObligation").WithSummary("One duty, with its ETag and the reports of a year")
            .RequireAuthorization(Policies.Read).Produces<ObligationResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:long}/history", History).WithName("GetObligationHistory").WithSummary("Every change to the duty: who, when, what, why")
            .RequireAuthorization(Policies.Read).Produces<List<HistoryEntryResponse>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        Write(group.MapPost("/{id:long}/receipts", Receive).WithName("RecordReportReceived").WithSummary("Record one body's report for one period as received (If-Match)").Accepts<ReceiptRequest>("application/json").Produces<ObligationResponse>());
        Write(group.MapPatch("/{id:long}", Edit).WithName("EditObligation").WithSummary("Change who owes the report, to whom, which report, by when (If-Match)").Accepts<ObligationEditRequest>("application/json").Produces<ObligationResponse>());
        Write(group.MapPost("/{id:long}/reject", Reject).WithName("RejectObligation").WithSummary("Reject a duty read wrongly, with a reason (If-Match)").Accepts<ReasonRequest>("application/json").Produces<ObligationResponse>());

        var bodies = app.MapGroup("/api/bodies").WithTags("Reporting duties");
        bodies.MapGet("/", Bodies).WithName("ListBodies").WithSummary("The province's bodies and the groups provisions address them by")
            .RequireAuthorization(Policies.Read).Produces<List<BodyResponse>>().ProducesProblem(StatusCodes.Status401Unauthorized);
        bodies.MapPut("/", ReplaceBodies).WithName("ReplaceBodies").WithSummary("Replace the directory of bodies (admin)")
            .RequireAuthorization(Policies.Admin).DisableAntiforgery().Accepts<List<BodyResponse>>("application/json").Produces<List<BodyResponse>>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static IResult List(MonitoringStore store, DocumentLabels labels, TimeProvider clock, string? status = null, string? body = null, int? year = null, int page = 1, int size = 100)
    {
        var errors = new Dictionary<string, string[]>();
        var s = RegisterHttp.Filter<ObligationStatus>(status, "status", errors);
        var today = RegisterHttp.Today(clock);
        var y = Year(year, today, errors);
        RegisterHttp.Page(page, size, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var all = store.ListObligations(s)
            .Where(o => body is null || o.Bodies.Any(b => BodyNames.Mentions(b, body)) || BodyNames.Mentions(o.Obligor, body))
            .ToList();
        return TypedResults.Ok(new ObligationListResponse(all.Count, page, size, y, all.Skip((page - 1) * size).Take(size).Select(o => ObligationResponse.From(o, y, today, labels)).ToList()));
    }

    private static IResult Due(MonitoringStore store, DocumentLabels labels, TimeProvider clock, int? year = null, string? body = null, string? state = null)
    {
        var errors = new Dictionary<string, string[]>();
        var today = RegisterHttp.Today(clock);
        var y = Year(year, today, errors);
        var wanted = RegisterHttp.Filter<ReportState>(state, "state", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var due = store.ListObligations()
            .SelectMany(o => ObligationDue.Instances(o, y, today))
            .Where(i => body is null || BodyNames.Mentions(i.Body, body))
            .Where(i => wanted is null || i.State == wanted)
            .OrderBy(i => i.Period.Due).ThenBy(i => i.Body, StringComparer.Ordinal)
            .Select(i => ReportDueResponse.From(i, labels))
            .ToList();
        return TypedResults.Ok(due);
    }

    private static IResult Get(long id, MonitoringStore store, DocumentLabels labels, TimeProvider clock, HttpContext http, int? year = null)
    {
        var errors = new Dictionary<string, string[]>();
        var today = RegisterHttp.Today(clock);
        var y = Year(year, today, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (store.GetObligation(new ObligationId(id)) is not { } obligation)
        {
            return Problems.NotFound(NoSuch(id));
        }

        http.Response.Headers.ETag = RegisterHttp.ETag(obligation.Version);
        return TypedResults.Ok(ObligationResponse.From(obligation, y, today, labels));
    }

    private static IResult History(long id, MonitoringStore store, DocumentLabels labels) =>
        store.GetObligation(new ObligationId(id)) is null
            ? Problems.NotFound(NoSuch(id))
            : TypedResults.Ok(store.History(MonitoringStore.ObligationEntity, id).Select(h => HistoryEntryResponse.From(h, MonitoringStore.ObligationEntity, labels)).ToList());

    private static async Task<IResult> Receive(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ReceiptRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        var today = RegisterHttp.Today(clock);
        var on = today;
        if (body.ReceivedOn is not null && !RegisterValues.TryDate(body.ReceivedOn, out on))
        {
            errors["receivedOn"] = [$"'{body.ReceivedOn}' không phải ngày: viết 2026-11-10 hoặc 10/11/2026 (not a date)."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var receipt = new ReportReceipt(body.Body?.Trim() ?? "", body.Period?.Trim() ?? "", on, TaskEndpoints.Reference(index, body.Document), Clean(body.Note));
        return Transition(id, http, store, labels, today, (version, actor) => store.RecordReceipt(new ObligationId(id), version, actor, receipt));
    }

    private static async Task<IResult> Edit(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ObligationEditRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        return Transition(id, http, store, labels, RegisterHttp.Today(clock), (version, actor) => store.EditObligation(new ObligationId(id), version, actor, o => o with
        {
            Obligor = body.Obligor ?? o.Obligor,
            Bodies = body.Bodies?.Select(b => b.Trim()).Where(b => b.Length > 0).ToList() ?? o.Bodies,
            Recipient = body.Recipient ?? o.Recipient,
            ReportName = body.ReportName ?? o.ReportName,
            Deadline = body.Deadline is { } d ? DeadlineReader.Read(d, null) : o.Deadline,
        }, Clean(body.Reason)));
    }

    private static async Task<IResult> Reject(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ReasonRequest>(http.Request, cancellationToken);
        return body is null ? problem! : Transition(id, http, store, labels, RegisterHttp.Today(clock), (version, actor) => store.RejectObligation(new ObligationId(id), version, actor, body.Reason));
    }

    private static IResult Bodies(MonitoringStore store) =>
        TypedResults.Ok(store.Bodies().Bodies.Select(b => new BodyResponse(b.Name, b.Groups)).ToList());

    private static async Task<IResult> ReplaceBodies(HttpContext http, MonitoringStore store, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<List<BodyResponse>>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < body.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(body[i]?.Name))
            {
                errors[$"[{i}].name"] = ["Cần tên cơ quan (a body's name is required)."];
            }
        }

        if (body.Select(b => b?.Name is { } n ? BodyNames.Key(n) : "").GroupBy(k => k).FirstOrDefault(g => g.Key.Length > 0 && g.Count() > 1) is { } twice)
        {
            errors["name"] = [$"Tên cơ quan bị lặp: {body.First(b => b?.Name is { } n && BodyNames.Key(n) == twice.Key).Name} (a body is listed twice)."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        store.ReplaceBodies([.. body.Select(b => new GovernmentBody(b.Name.Trim(), b.Groups?.Select(g => g.Trim()).Where(g => g.Length > 0).ToList() ?? []))]);
        return Bodies(store);
    }

    private static int Year(int? year, DateOnly today, Dictionary<string, string[]> errors)
    {
        if (year is { } y && y is < 1945 or > 2200)
        {
            errors["year"] = [$"{year}: năm không hợp lệ (not a year)."];
        }

        return year ?? today.Year;
    }

    private static IResult Transition(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, DateOnly today, Func<int, string, Outcome<ReportingObligation>> change)
    {
        if (store.GetObligation(new ObligationId(id)) is not { } current)
        {
            return Problems.NotFound(NoSuch(id));
        }

        var (version, problem) = RegisterHttp.IfMatch(http.Request, current.Version);
        return version is null ? problem! : RegisterHttp.Outcome(http, change(version.Value, RegisterHttp.Actor(http.User)), o => o.Version, o => ObligationResponse.From(o, today.Year, today, labels));
    }
}
