using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Background;
using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>The detectors (run now, the latest run) and the report on findings and recommendations, as JSON or exported.</summary>
internal static class MonitoringEndpoints
{
    public static void MapMonitoringEndpoints(this IEndpointRouteBuilder app)
    {
        var detection = app.MapGroup("/api/detection").WithTags("Findings");
        detection.MapPost("/runs", Run).WithName("RunDetectors").WithSummary("Run the detectors now; new candidates go to the findings register (never twice)")
            .RequireAuthorization(Policies.Write).DisableAntiforgery().Produces<DetectionRunResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        detection.MapGet("/runs/latest", Latest).WithName("GetLatestDetectionRun").WithSummary("The latest run of the detectors (after an ingest batch, a crawl, or on demand)")
            .RequireAuthorization(Policies.Read).Produces<DetectionRunResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized);

        app.MapGet("/api/reports/recommendations", Report).WithTags("Reports").WithName("GetRecommendationReport")
            .WithSummary("Báo cáo tình hình xử lý kiến nghị for a period: format=json (default), csv (table=summary|recommendations|findings|overdue), xlsx, or docx (the draft in the official layout)")
            .RequireAuthorization(Policies.Read).Produces<ReportResponse>().Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapGet("/api/reports/annual", Annual).WithTags("Reports").WithName("GetAnnualReport")
            .WithSummary("Báo cáo công tác theo dõi tình hình thi hành pháp luật năm X: format=json (default), xlsx (the figures), or docx (the draft in the official layout, sections as Monitoring:AnnualSections gives them)")
            .RequireAuthorization(Policies.Read).Produces<AnnualReportResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static IResult Annual(MonitoringStore store, DocumentLabels labels, MonitoringSettings settings, AccountStore accounts, TimeProvider clock, int? year = null, string format = "json")
    {
        var today = RegisterHttp.Today(clock);
        var y = year ?? today.Year;
        if (y is < 1945 or > 2200)
        {
            return Problems.Invalid(new() { ["year"] = [$"{y}: năm không hợp lệ (not a year)."] });
        }

        var report = Monitoring.Reports.BuildAnnual(store, labels, y, today);
        var name = $"bao-cao-theo-doi-thi-hanh-phap-luat-nam-{y}";
        return format.ToLowerInvariant() switch
        {
            "json" => TypedResults.Ok(AnnualReportResponse.From(report, settings.Sections(), labels)),
            "xlsx" => TypedResults.File(ReportXlsx.Write(Indexer.Monitoring.Reports.Annual.AnnualReportTables.Sheets(report)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            "docx" => TypedResults.File(Indexer.Monitoring.Reports.Annual.AnnualReportDocx.Write(report, Monitoring.Reports.Letterhead(accounts, settings), settings.Sections()), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            _ => Problems.Invalid(new() { ["format"] = [$"'{format}': dùng json, xlsx hoặc docx"] }),
        };
    }

    private static async Task<IResult> Run(DetectionRunner runner, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(DetectionRunResponse.From(await runner.RunNowAsync("api:" + RegisterHttp.Actor(http.User), cancellationToken)));

    private static IResult Latest(DetectionRunner runner) =>
        runner.Last is { } last ? TypedResults.Ok(DetectionRunResponse.From(last)) : Problems.NotFound("Bộ phát hiện chưa chạy lần nào (the detectors have not run yet).");

    private static IResult Report(MonitoringStore store, DocumentLabels labels, MonitoringSettings settings, AccountStore accounts, TimeProvider clock,
        string? from = null, string? to = null, int? year = null, string? authority = null, string? @class = null, string? field = null, string? status = null,
        string format = "json", string table = "summary")
    {
        var (query, error) = Monitoring.Reports.Query(from, to, year, @class, status);
        if (query is null)
        {
            return Problems.Invalid(new() { [error!.Value.Option.TrimStart('-')] = [error.Value.Message] });
        }

        var report = Monitoring.Reports.Build(store, labels, query with { Authority = authority, Field = field }, RegisterHttp.Today(clock));
        var name = $"bao-cao-kien-nghi-{report.AsOf:yyyy-MM-dd}";
        switch (format.ToLowerInvariant())
        {
            case "json":
                return TypedResults.Ok(ReportResponse.From(report, labels));
            case "csv":
                return ReportTable.Named(report, table) is { } rows
                    ? TypedResults.File(ReportCsv.Write(rows), "text/csv; charset=utf-8", $"{name}-{table}.csv")
                    : Problems.Invalid(new() { ["table"] = [$"'{table}': dùng {string.Join(", ", ReportTable.Names)}"] });
            case "xlsx":
                return TypedResults.File(ReportXlsx.Write(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            case "docx":
                return TypedResults.File(ReportDocx.Write(report, Monitoring.Reports.Letterhead(accounts, settings)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
            default:
                return Problems.Invalid(new() { ["format"] = [$"'{format}': dùng json, csv, xlsx hoặc docx"] });
        }
    }
}
