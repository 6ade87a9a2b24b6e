using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Monitoring;
using LawMonitor.SearchApi.Security;
using static LawMonitor.SearchApi.Endpoints.FindingEndpoints;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>
/// The tasks plans give: read with any role, changed by an analyst or admin, each change with If-Match. A proposal
/// read from a plan is confirmed (planned) or rejected; a planned task is started, done (with what shows it) or
/// cancelled; an inspection or a survey takes its report and findings. Overdue and falling due are derived on the
/// service's clock.
/// </summary>
internal static class TaskEndpoints
{
    private static string NoSuch(long id) => $"Không có nhiệm vụ #{id} (no such task).";

    public static void MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks").WithTags("Tasks");
        group.MapGet("/", List).WithName("ListTasks").WithSummary("Tasks of plans: by status, plan, lead body, overdue; ordered by deadline")
            .RequireAuthorization(Policies.Read).Produces<TaskListResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:long}", Get).WithName("GetTask").WithSummary("One task, with its ETag")
            .RequireAuthorization(Policies.Read).Produces<TaskResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/{id:long}/history", History).WithName("GetTaskHistory").WithSummary("Every change to the task: who, when, what, why")
            .RequireAuthorization(Policies.Read).Produces<List<HistoryEntryResponse>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);
        Write(group.MapPost("/", Create).WithName("CreateTask").WithSummary("Add a task to a plan (planned at once)").Accepts<TaskCreateRequest>("application/json").Produces<TaskResponse>(StatusCodes.Status201Created));
        Write(group.MapPatch("/{id:long}", Edit).WithName("EditTask").WithSummary("Change what a task says (If-Match)").Accepts<TaskEditRequest>("application/json").Produces<TaskResponse>());
        Write(group.MapPost("/{id:long}/confirm", Confirm).WithName("ConfirmTask").WithSummary("Confirm a proposed task: it is planned (If-Match)").Produces<TaskResponse>());
        Write(group.MapPost("/{id:long}/reject", Reject).WithName("RejectTask").WithSummary("Reject a proposed task, with a reason (If-Match)").Accepts<ReasonRequest>("application/json").Produces<TaskResponse>());
        Write(group.MapPost("/{id:long}/start", Start).WithName("StartTask").WithSummary("Mark a planned task in progress (If-Match)").Produces<TaskResponse>());
        Write(group.MapPost("/{id:long}/done", Done).WithName("CompleteTask").WithSummary("Mark a task done, with the document or report that shows it and the day (If-Match)").Accepts<TaskDoneRequest>("application/json").Produces<TaskResponse>());
        Write(group.MapPost("/{id:long}/cancel", Cancel).WithName("CancelTask").WithSummary("Cancel a task, with a reason (If-Match)").Accepts<ReasonRequest>("application/json").Produces<TaskResponse>());
        Write(group.MapPost("/{id:long}/results", Results).WithName("LinkTaskResults").WithSummary("Link an inspection's or survey's report and the findings it produced (If-Match)").Accepts<TaskResultsRequest>("application/json").Produces<TaskResponse>());
    }

    private static IResult List(MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock,
        string? status = null, string? plan = null, string? body = null, bool overdue = false, int page = 1, int size = 100)
    {
        var errors = new Dictionary<string, string[]>();
        var s = RegisterHttp.Filter<PlanTaskStatus>(status, "status", errors);
        string? planId = null;
        if (plan is not null)
        {
            if (index.Documents.Resolve(plan) is { } resolved)
            {
                planId = resolved.Value;
            }
            else
            {
                errors["plan"] = [$"Không có kế hoạch '{plan}' trong kho văn bản (no such plan)."];
            }
        }

        RegisterHttp.Page(page, size, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var today = RegisterHttp.Today(clock);
        var all = store.ListTasks(s, planId)
            .Where(t => !overdue || TaskDue.IsOverdue(t, today))
            .Where(t => body is null || (t.LeadBody is { } lead && (BodyNames.Mentions(lead, body) || VietnameseAnalyzer.FoldWords(lead).Contains(VietnameseAnalyzer.FoldWords(body), StringComparison.Ordinal))))
            .OrderBy(t => t.Deadline.Due ?? DateOnly.MaxValue).ThenBy(t => t.Id)
            .ToList();
        return TypedResults.Ok(new TaskListResponse(all.Count, page, size, all.Skip((page - 1) * size).Take(size).Select(t => TaskResponse.From(t, today, labels)).ToList()));
    }

    private static IResult Get(long id, MonitoringStore store, DocumentLabels labels, TimeProvider clock, HttpContext http)
    {
        if (store.GetTask(new PlanTaskId(id)) is not { } task)
        {
            return Problems.NotFound(NoSuch(id));
        }

        http.Response.Headers.ETag = RegisterHttp.ETag(task.Version);
        return TypedResults.Ok(TaskResponse.From(task, RegisterHttp.Today(clock), labels));
    }

    private static IResult History(long id, MonitoringStore store, DocumentLabels labels) =>
        store.GetTask(new PlanTaskId(id)) is null
            ? Problems.NotFound(NoSuch(id))
            : TypedResults.Ok(store.History(MonitoringStore.TaskEntity, id).Select(h => HistoryEntryResponse.From(h, MonitoringStore.TaskEntity, labels)).ToList());

    private static async Task<IResult> Create(HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<TaskCreateRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        var plan = body.Plan is { } p ? index.Documents.Resolve(p) : null;
        if (plan is null)
        {
            errors["plan"] = [$"Cần kế hoạch có trong kho văn bản, theo mã hoặc số (a plan held in the index is required){(body.Plan is null ? "" : $": '{body.Plan}'")}."];
        }

        if (string.IsNullOrWhiteSpace(body.Content))
        {
            errors["content"] = ["Cần nêu nội dung nhiệm vụ (the content is required)."];
        }

        var kind = TaskKind.Other;
        if (body.Kind is not null && !RegisterValues.TryEnum(body.Kind, out kind))
        {
            errors["kind"] = [$"'{body.Kind}': dùng {RegisterValues.Names<TaskKind>()}"];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var stored = index.Documents.Get(plan!.Value, withText: false)!;
        var year = PlanTaskReader.YearOf(stored.Document);
        var task = store.AddTask(new PlanTask(default, body.Content!.Trim())
        {
            Source = new ProvisionReference(plan.Value, index.Documents.LatestVersion(plan.Value)?.Version ?? 1, body.Path?.Trim() ?? ""),
            LeadBody = Clean(body.LeadBody),
            CooperatingBodies = body.CooperatingBodies?.Select(b => b.Trim()).Where(b => b.Length > 0).ToList() ?? [],
            Deadline = DeadlineReader.Read(body.Deadline, year),
            Product = Clean(body.Product),
            Kind = body.Kind is null ? TaskKinds.Of(body.Content) : kind,
            Field = Clean(body.Field),
        }, RegisterHttp.Actor(http.User));
        http.Response.Headers.ETag = RegisterHttp.ETag(task.Version);
        return TypedResults.Created($"/api/tasks/{task.Id}", TaskResponse.From(task, RegisterHttp.Today(clock), labels));
    }

    private static async Task<IResult> Edit(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<TaskEditRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var kind = TaskKind.Other;
        if (body.Kind is not null && !RegisterValues.TryEnum(body.Kind, out kind))
        {
            return Problems.Invalid(new() { ["kind"] = [$"'{body.Kind}': dùng {RegisterValues.Names<TaskKind>()}"] });
        }

        if (store.GetTask(new PlanTaskId(id)) is not { } current)
        {
            return Problems.NotFound(NoSuch(id));
        }

        var year = index.Documents.Get(current.Source.DocumentId, withText: false) is { } plan ? PlanTaskReader.YearOf(plan.Document) : null;
        return Transition(id, http, store, labels, clock, (version, actor) => store.EditTask(new PlanTaskId(id), version, actor, t => t with
        {
            Content = body.Content ?? t.Content,
            LeadBody = body.LeadBody ?? t.LeadBody,
            CooperatingBodies = body.CooperatingBodies ?? t.CooperatingBodies,
            Deadline = body.Deadline is { } d ? DeadlineReader.Read(d, year) : t.Deadline,
            Product = body.Product ?? t.Product,
            Kind = body.Kind is null ? t.Kind : kind,
            Field = body.Field ?? t.Field,
        }, Clean(body.Reason)));
    }

    private static IResult Confirm(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock) =>
        Transition(id, http, store, labels, clock, (version, actor) => store.ConfirmTask(new PlanTaskId(id), version, actor));

    private static async Task<IResult> Reject(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ReasonRequest>(http.Request, cancellationToken);
        return body is null ? problem! : Transition(id, http, store, labels, clock, (version, actor) => store.RejectTask(new PlanTaskId(id), version, actor, body.Reason));
    }

    private static IResult Start(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock) =>
        Transition(id, http, store, labels, clock, (version, actor) => store.StartTask(new PlanTaskId(id), version, actor));

    private static async Task<IResult> Done(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<TaskDoneRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        DateOnly? on = null;
        if (body.DoneOn is not null)
        {
            if (!RegisterValues.TryDate(body.DoneOn, out var parsed))
            {
                return Problems.Invalid(new() { ["doneOn"] = [$"'{body.DoneOn}' không phải ngày: viết 2026-11-20 hoặc 20/11/2026 (not a date)."] });
            }

            on = parsed;
        }

        var doneWith = Reference(index, body.DoneWith);
        return Transition(id, http, store, labels, clock, (version, actor) => store.CompleteTask(new PlanTaskId(id), version, actor, doneWith, on));
    }

    private static async Task<IResult> Cancel(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<ReasonRequest>(http.Request, cancellationToken);
        return body is null ? problem! : Transition(id, http, store, labels, clock, (version, actor) => store.CancelTask(new PlanTaskId(id), version, actor, body.Reason));
    }

    private static async Task<IResult> Results(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, LegalIndex index, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<TaskResultsRequest>(http.Request, cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        var errors = new Dictionary<string, string[]>();
        RecommendationEndpoints.CheckFindings(store, body.FindingIds, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        return Transition(id, http, store, labels, clock, (version, actor) => store.LinkTaskResults(new PlanTaskId(id), version, actor, Reference(index, body.ReportDocument), body.FindingIds?.Distinct().Select(FindingId.From).ToList() ?? []));
    }

    /// <summary>A document an officer names (id or number) as its id when it is held; the words as given otherwise.</summary>
    internal static string? Reference(LegalIndex index, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : index.Documents.Resolve(text.Trim()) is { } id ? id.Value : text.Trim();

    private static IResult Transition(long id, HttpContext http, MonitoringStore store, DocumentLabels labels, TimeProvider clock, Func<int, string, Outcome<PlanTask>> change)
    {
        if (store.GetTask(new PlanTaskId(id)) is not { } current)
        {
            return Problems.NotFound(NoSuch(id));
        }

        var (version, problem) = RegisterHttp.IfMatch(http.Request, current.Version);
        var today = RegisterHttp.Today(clock);
        return version is null ? problem! : RegisterHttp.Outcome(http, change(version.Value, RegisterHttp.Actor(http.User)), t => t.Version, t => TaskResponse.From(t, today, labels));
    }
}
