using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Monitoring;
using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>
/// The findings register: read with any role, changed by an analyst or admin. Every change sends If-Match
/// with the ETag it read; the answer carries the new ETag.
/// </summary>
internal static class FindingEndpoints
{
    public static void MapFindingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/findings").WithTags("Findings");
        group.MapGet("/", List).WithName("ListFindings").WithSummary("Findings, oldest first, filtered by status, class, rule or person, document and field")
            .RequireAuthorization(Policies.Read).Produces<FindingListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:long}", Get).WithName("GetFinding").WithSummary("One finding, with its ETag")
            .RequireAuthorization(Policies.Read).Produces<FindingResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:long}/history", History).WithName("GetFindingHistory").WithSummary("Every change to the finding: who, when, what, why")
            .RequireAuthorization(Policies.Read).Produces<List<HistoryEntryResponse>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        Write(group.MapPost("/", Create).WithName("CreateFinding").WithSummary("Record a finding (open)").Accepts<FindingCreateRequest>("application/json").Produces<FindingResponse>(StatusCodes.Status201Created));
        Write(group.MapPatch("/{id:long}", Edit).WithName("EditFinding").WithSummary("Change what a finding says (If-Match)").Accepts<FindingEditRequest>("application/json").Produces<FindingResponse>());
        Write(group.MapPost("/{id:long}/confirm", Confirm).WithName("ConfirmFinding").WithSummary("Confirm an open finding (If-Match)").Produces<FindingResponse>());
        Write(group.MapPost("/{id:long}/dismiss", Dismiss).WithName("DismissFinding").WithSummary("Dismiss a finding with a reason (If-Match)").Accepts<ReasonRequest>("application/json").Produces<FindingResponse>());
        Write(group.MapPost("/{id:long}/reopen", Reopen).WithName("ReopenFinding").WithSummary("Reopen a dismissed finding with a reason (If-Match)").Accepts<ReasonRequest>("application/json").Produces<FindingResponse>());
    }

    /// <summary>The metadata every change endpoint shares.</summary>
    internal static RouteHandlerBuilder Write(RouteHandlerBuilder route) =>
        route.RequireAuthorization(Policies.Write).DisableAntiforgery()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static IResult List(MonitoringStore store, DocumentLabels labels, string? status = null, string? @class = null, string? foundBy = null, string? document = null, string? field = null, int page = 1, int size = 50)
    {
        var errors = new Dictionary<string, string[]>();
        var s = RegisterHttp.Filter<FindingStatus>(status, "status", errors);
        var c = RegisterHttp.Filter<FindingClass>(@class, "class", errors);
        RegisterHttp.Page(page, size, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var folded = field is null ? null : Indexer.Analysis.VietnameseAnalyzer.FoldWords(field);
        var all = store.ListFindings(s)
            .Where(f => c is null || f.Class == c)
            .Where(f => foundBy is null || f.FoundBy.Equals(foundBy, StringComparison.OrdinalIgnoreCase))
            .Where(f => document is null || f.Provisions.Any(p => p.DocumentId.Value == document))
            .Where(f => folded is null || (f.Field is { } x && Indexer.Analysis.VietnameseAnalyzer.FoldWords(x).Contains(folded, StringComparison.Ordinal)))
            .ToList();
        return TypedResults.Ok(new FindingListResponse(all.Count, page, size, all.Skip((page - 1) * size).Take(size).Select(f => FindingResponse.From(f, labels)).ToList()));
    }

    private static IResult Get(long id, MonitoringStore store, DocumentLabels labels, HttpContext http)
    {
        if (store.GetFinding(new FindingId(id)) is not { } f)
        {
            return Problems.NotFound($"Không có phát hiện #{id} (no such finding).");
        }

        http.Response.Headers.ETag = RegisterHttp.ETag(f.Version);
        return TypedResults.Ok(FindingResponse.From(f, labels));
    }

    private static IResult History(long id, MonitoringStore store, DocumentLabels labels) =>
        store.GetFinding(new FindingId(id)) is null
            ? Problems.NotFound($"Không có phát hiện #{id} (no such finding).")
            : TypedResults.Ok(store.History(MonitoringStore.FindingEntity, id).Select(h => HistoryEntryResponse.From(h, MonitoringStore.FindingEntity, labels)).ToList());

    private static async Task<IResult> Create(HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<FindingCreateRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        if (!RegisterValues.TryEnum<FindingClass>(body.Class, out var cls))
        {
            errors["class"] = [$"'{body.Class}': dùng {RegisterValues.Names<FindingClass>()}"];
        }

        if (string.IsNullOrWhiteSpace(body.Description))
        {
            errors["description"] = ["Cần mô tả vấn đề (a description is required)."];
        }

        var provisions = Provisions(index.Documents, body.Provisions, "provisions", errors);
        var evidence = Evidence(body.Evidence, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var stored = store.AddFinding(new Finding(default, cls, body.Description!.Trim()) { Provisions = provisions, Evidence = evidence, Field = Clean(body.Field) }, RegisterHttp.Actor(http.User));
        http.Response.Headers.ETag = RegisterHttp.ETag(stored.Version);
        return TypedResults.Created($"/api/findings/{stored.Id}", FindingResponse.From(stored, labels));
    }

    private static async Task<IResult> Edit(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, CancellationToken cancellationToken)
    {
        if (store.GetFinding(new FindingId(id)) is not { } current)
        {
            return Problems.NotFound($"Không có phát hiện #{id} (no such finding).");
        }

        var (version, precondition) = RegisterHttp.IfMatch(http.Request, current.Version);
        if (version is null)
        {
            return precondition!;
        }

        var (body, problem) = await RegisterHttp.ReadBody<FindingEditRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        if (body.Description is { } d && string.IsNullOrWhiteSpace(d))
        {
            errors["description"] = ["Mô tả không được để trống (the description cannot be empty)."];
        }

        var provisions = body.Provisions is null ? null : Provisions(index.Documents, body.Provisions, "provisions", errors);
        var evidence = body.Evidence is null ? null : Evidence(body.Evidence, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var outcome = store.EditFinding(new FindingId(id), version.Value, RegisterHttp.Actor(http.User), f => f with
        {
            Description = body.Description?.Trim() ?? f.Description,
            Provisions = provisions ?? f.Provisions,
            Evidence = evidence ?? f.Evidence,
            Field = body.Field is null ? f.Field : Clean(body.Field),
        }, Clean(body.Reason));
        return RegisterHttp.Outcome(http, outcome, f => f.Version, f => FindingResponse.From(f, labels));
    }

    private static IResult Confirm(long id, HttpContext http, MonitoringStore store, DocumentLabels labels) =>
        Transition(id, http, store, labels, (version, actor) => store.ConfirmFinding(new FindingId(id), version, actor));

    private static async Task<IResult> Dismiss(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ReasonRequest>(http.Request, cancellationToken);
        return body is null ? problem! : Transition(id, http, store, labels, (version, actor) => store.DismissFinding(new FindingId(id), version, actor, body.Reason));
    }

    private static async Task<IResult> Reopen(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ReasonRequest>(http.Request, cancellationToken);
        return body is null ? problem! : Transition(id, http, store, labels, (version, actor) => store.ReopenFinding(new FindingId(id), version, actor, body.Reason));
    }

    private static IResult Transition(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, Func<int, string, Outcome<Finding>> change)
    {
        if (store.GetFinding(new FindingId(id)) is not { } current)
        {
            return Problems.NotFound($"Không có phát hiện #{id} (no such finding).");
        }

        var (version, problem) = RegisterHttp.IfMatch(http.Request, current.Version);
        return version is null ? problem! : RegisterHttp.Outcome(http, change(version.Value, RegisterHttp.Actor(http.User)), f => f.Version, f => FindingResponse.From(f, labels));
    }

    /// <summary>The provisions of a request resolved in the index; each one that cannot be is an error naming its position.</summary>
    internal static List<ProvisionReference> Provisions(DocumentReader reader, IReadOnlyList<ProvisionReferenceBody>? bodies, string name, Dictionary<string, string[]> errors)
    {
        var list = new List<ProvisionReference>();
        for (var i = 0; i < (bodies?.Count ?? 0); i++)
        {
            var b = bodies![i];
            var (reference, error) = b?.Document is { } document
                ? RegisterValues.Provision(reader, document, b.Path, b.Start, b.End)
                : (null, "cần mã hoặc số văn bản (document is required)");
            if (reference is null)
            {
                errors[$"{name}[{i}]"] = [error!];
            }
            else
            {
                list.Add(reference);
            }
        }

        return list;
    }

    private static List<Evidence> Evidence(IReadOnlyList<EvidenceBody>? bodies, Dictionary<string, string[]> errors)
    {
        var list = new List<Evidence>();
        for (var i = 0; i < (bodies?.Count ?? 0); i++)
        {
            var e = bodies![i];
            if (e is null || string.IsNullOrWhiteSpace(e.Kind) || string.IsNullOrWhiteSpace(e.Reference))
            {
                errors[$"evidence[{i}]"] = ["Cần loại (kind) và nguồn (reference) của chứng cứ (kind and reference are required)."];
                continue;
            }

            list.Add(e.ToDomain());
        }

        return list;
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
