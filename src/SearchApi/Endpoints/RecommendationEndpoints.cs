using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Monitoring;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Settings;
using static LawMonitor.SearchApi.Endpoints.FindingEndpoints;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>
/// The recommendations (kiến nghị) register: read with any role, changed by an analyst or admin, each change
/// with If-Match. Draft → send (dispatch, date, deadline) → answer (date, verdict) → implement (outcome
/// document), or close with a reason; "overdue" is derived from the deadline on the service's clock.
/// </summary>
internal static class RecommendationEndpoints
{
    private static string NoSuch(long id) => $"Không có kiến nghị #{id} (no such recommendation).";

    public static void MapRecommendationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/recommendations").WithTags("Recommendations");
        group.MapGet("/", List).WithName("ListRecommendations").WithSummary("Recommendations, oldest first, by status, overdue, competent body")
            .RequireAuthorization(Policies.Read).Produces<RecommendationListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:long}", Get).WithName("GetRecommendation").WithSummary("One recommendation, with its ETag")
            .RequireAuthorization(Policies.Read).Produces<RecommendationResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:long}/history", History).WithName("GetRecommendationHistory").WithSummary("Every change to the recommendation: who, when, what, why")
            .RequireAuthorization(Policies.Read).Produces<List<HistoryEntryResponse>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        Write(group.MapPost("/", Create).WithName("CreateRecommendation").WithSummary("Draft a recommendation").Accepts<RecommendationCreateRequest>("application/json").Produces<RecommendationResponse>(StatusCodes.Status201Created));
        Write(group.MapPatch("/{id:long}", Edit).WithName("EditRecommendation").WithSummary("Change what a recommendation says (If-Match)").Accepts<RecommendationEditRequest>("application/json").Produces<RecommendationResponse>());
        Write(group.MapPost("/{id:long}/send", Send).WithName("SendRecommendation").WithSummary("Mark a draft sent: dispatch number, date, deadline (default: date + Monitoring:AnswerDays) (If-Match)").Accepts<SendRequest>("application/json").Produces<RecommendationResponse>());
        Write(group.MapPost("/{id:long}/answer", Answer).WithName("AnswerRecommendation").WithSummary("Record the competent body's answer (If-Match)").Accepts<AnswerRequest>("application/json").Produces<RecommendationResponse>());
        Write(group.MapPost("/{id:long}/implement", Implement).WithName("ImplementRecommendation").WithSummary("Record the document that carried it out (If-Match)").Accepts<ImplementRequest>("application/json").Produces<RecommendationResponse>());
        Write(group.MapPost("/{id:long}/close", Close).WithName("CloseRecommendation").WithSummary("Close it without it being carried out, with a reason (If-Match)").Accepts<ReasonRequest>("application/json").Produces<RecommendationResponse>());
    }

    private static IResult List(MonitoringStore store, DocumentLabels labels, TimeProvider clock, string? status = null, bool overdue = false, string? authority = null, long? finding = null, int page = 1, int size = 50)
    {
        var errors = new Dictionary<string, string[]>();
        var s = RegisterHttp.Filter<RecommendationStatus>(status, "status", errors);
        RegisterHttp.Page(page, size, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var today = RegisterHttp.Today(clock);
        var folded = authority is null ? null : VietnameseAnalyzer.FoldWords(authority);
        var all = store.ListRecommendations(s)
            .Where(r => !overdue || r.IsOverdue(today))
            .Where(r => folded is null || VietnameseAnalyzer.FoldWords(r.CompetentBody).Contains(folded, StringComparison.Ordinal))
            .Where(r => finding is null || r.FindingIds.Contains(new FindingId(finding.Value)))
            .ToList();
        return TypedResults.Ok(new RecommendationListResponse(all.Count, page, size, all.Skip((page - 1) * size).Take(size).Select(r => RecommendationResponse.From(r, today, labels)).ToList()));
    }

    private static IResult Get(long id, MonitoringStore store, DocumentLabels labels, TimeProvider clock, HttpContext http)
    {
        if (store.GetRecommendation(new RecommendationId(id)) is not { } r)
        {
            return Problems.NotFound(NoSuch(id));
        }

        http.Response.Headers.ETag = RegisterHttp.ETag(r.Version);
        return TypedResults.Ok(RecommendationResponse.From(r, RegisterHttp.Today(clock), labels));
    }

    private static IResult History(long id, MonitoringStore store, DocumentLabels labels) =>
        store.GetRecommendation(new RecommendationId(id)) is null
            ? Problems.NotFound(NoSuch(id))
            : TypedResults.Ok(store.History(MonitoringStore.RecommendationEntity, id).Select(h => HistoryEntryResponse.From(h, MonitoringStore.RecommendationEntity, labels)).ToList());

    private static async Task<IResult> Create(HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<RecommendationCreateRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        if (!RegisterValues.TryEnum<RecommendedAction>(body.Action, out var action))
        {
            errors["action"] = [$"'{body.Action}': dùng {RegisterValues.Names<RecommendedAction>()}"];
        }

        if (string.IsNullOrWhiteSpace(body.CompetentBody))
        {
            errors["competentBody"] = ["Cần nêu cơ quan có thẩm quyền xử lý kiến nghị (the competent body is required)."];
        }

        if (string.IsNullOrWhiteSpace(body.Content))
        {
            errors["content"] = ["Cần nêu nội dung kiến nghị (the content is required)."];
        }

        CheckFindings(store, body.FindingIds, errors);
        var targets = Provisions(index.Documents, body.Targets, "targets", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var stored = store.AddRecommendation(new Recommendation(default, action, body.CompetentBody!.Trim())
        {
            FindingIds = body.FindingIds?.Distinct().Select(FindingId.From).ToList() ?? [],
            Targets = targets,
            Content = body.Content!.Trim(),
            Field = Clean(body.Field),
        }, RegisterHttp.Actor(http.User));
        http.Response.Headers.ETag = RegisterHttp.ETag(stored.Version);
        return TypedResults.Created($"/api/recommendations/{stored.Id}", RecommendationResponse.From(stored, RegisterHttp.Today(clock), labels));
    }

    private static async Task<IResult> Edit(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<RecommendationEditRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        var action = RegisterHttp.Filter<RecommendedAction>(body.Action, "action", errors);

        CheckFindings(store, body.FindingIds, errors);
        var targets = body.Targets is null ? null : Provisions(index.Documents, body.Targets, "targets", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        return Transition(id, http, store, labels, clock, (version, actor) => store.EditRecommendation(new RecommendationId(id), version, actor, r => r with
        {
            Action = action ?? r.Action,
            CompetentBody = body.CompetentBody ?? r.CompetentBody,
            Content = body.Content?.Trim() ?? r.Content,
            FindingIds = body.FindingIds?.Distinct().Select(FindingId.From).ToList() ?? r.FindingIds,
            Targets = targets ?? r.Targets,
            Field = body.Field is null ? r.Field : Clean(body.Field),
        }, Clean(body.Reason)));
    }

    private static async Task<IResult> Send(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, MonitoringSettings settings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<SendRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        var sentOn = Date(body.SentOn, "sentOn", errors);
        var deadline = Date(body.Deadline, "deadline", errors);
        return errors.Count > 0
            ? Problems.Invalid(errors)
            : Transition(id, http, store, labels, clock, (version, actor) => store.SendRecommendation(new RecommendationId(id), version, actor, body.DispatchNumber, sentOn, deadline, settings.AnswerDays));
    }

    private static async Task<IResult> Answer(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<AnswerRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        var answeredOn = Date(body.AnsweredOn, "answeredOn", errors);
        AnswerVerdict? verdict = null;
        if (body.Verdict is not null)
        {
            if (RegisterValues.TryEnum<AnswerVerdict>(body.Verdict, out var parsed))
            {
                verdict = parsed;
            }
            else
            {
                errors["verdict"] = [$"'{body.Verdict}': dùng accepted, partlyAccepted, rejected"];
            }
        }

        return errors.Count > 0
            ? Problems.Invalid(errors)
            : Transition(id, http, store, labels, clock, (version, actor) => store.AnswerRecommendation(new RecommendationId(id), version, actor, body.Reference, answeredOn, verdict, body.Summary));
    }

    private static async Task<IResult> Implement(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ImplementRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        var on = Date(body.ImplementedOn, "implementedOn", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        // An outcome not (yet) ingested is kept by its number: the loop closes on what was issued, not on what was ingested.
        var reader = index.Documents;
        var document = body.OutcomeDocument is { } named ? reader.Resolve(named) : null;
        var issued = on ?? (document is { } d ? reader.Get(d, withText: false)?.Document.IssueDate : null);
        return Transition(id, http, store, labels, clock, (version, actor) => store.ImplementRecommendation(new RecommendationId(id), version, actor, document?.Value ?? body.OutcomeDocument, issued));
    }

    private static async Task<IResult> Close(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ReasonRequest>(http.Request, cancellationToken);
        return body is null ? problem! : Transition(id, http, store, labels, clock, (version, actor) => store.CloseRecommendation(new RecommendationId(id), version, actor, body.Reason));
    }

    private static IResult Transition(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock, Func<int, string, Outcome<Recommendation>> change)
    {
        if (store.GetRecommendation(new RecommendationId(id)) is not { } current)
        {
            return Problems.NotFound(NoSuch(id));
        }

        var (version, problem) = RegisterHttp.IfMatch(http.Request, current.Version);
        if (version is null)
        {
            return problem!;
        }

        var today = RegisterHttp.Today(clock);
        return RegisterHttp.Outcome(http, change(version.Value, RegisterHttp.Actor(http.User)), r => r.Version, r => RecommendationResponse.From(r, today, labels));
    }

    internal static void CheckFindings(MonitoringStore store, IReadOnlyList<long>? ids, Dictionary<string, string[]> errors)
    {
        var missing = (ids ?? []).Where(f => store.GetFinding(new FindingId(f)) is null).ToList();
        if (missing.Count > 0)
        {
            errors["findingIds"] = [$"Không có phát hiện {string.Join(", ", missing.Select(m => "#" + m))} (no such finding)."];
        }
    }

    private static DateOnly? Date(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (RegisterValues.TryDate(text, out var date))
        {
            return date;
        }

        errors[name] = [$"'{text}' không phải ngày: viết 2025-04-08 hoặc 08/04/2025 (not a date)."];
        return null;
    }
}
