using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Documents;
using LawMonitor.SearchApi.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LawMonitor.SearchApi.Endpoints;

internal static partial class DocumentEndpoints
{
    /// <summary>Files per upload request, at most.</summary>
    public const int MaxFilesPerRequest = 20;

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app, IngestLimits limits)
    {
        // A request may carry a few files at the limit; a larger body is refused before it is read.
        var bodyLimit = (limits.MaxFileBytes * 4) + (1024 * 1024);
        app.MapPost("/api/documents", Upload)
            .WithName("UploadDocuments")
            .WithTags("Documents")
            .WithSummary("Ingest uploaded files (multipart/form-data, any field name; optional field 'sourceKey' names a stable source for versions). Answers one result per file.")
            .RequireAuthorization(Policies.Write)
            .DisableAntiforgery() // bearer tokens only: no ambient credentials a forged form could ride on
            .Accepts<IFormFileCollection>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitMetadata(bodyLimit))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        app.MapGet("/api/documents", List)
            .WithName("ListDocuments")
            .WithTags("Documents")
            .WithSummary("The documents held, the last indexed first (a new document or a new version), a page at a time")
            .RequireAuthorization(Policies.Browse)
            .Produces<DocumentListResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapGet("/api/documents/{id}", Get)
            .WithName("GetDocument")
            .WithTags("Documents")
            .WithSummary("A document: metadata, provision tree (paths, headings, spans), citations made and received, versions, OCR facts")
            .RequireAuthorization(Policies.Browse)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapGet("/api/documents/{id}/text", Text)
            .WithName("GetDocumentText")
            .WithTags("Documents")
            .WithSummary("The extracted text of a document (or of one version): provision spans are offsets into it")
            .RequireAuthorization(Policies.Browse)
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapGet("/api/documents/{id}/versions/{from:int}/diff/{to:int}", Diff)
            .WithName("GetVersionDiff")
            .WithTags("Documents")
            .WithSummary("How one version's text differs from another's, line by line, with context")
            .RequireAuthorization(Policies.Browse)
            .Produces<VersionDiffResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapGet("/api/documents/{id}/versions/{version:int}/file", File)
            .WithName("GetDocumentFile")
            .WithTags("Documents")
            .WithSummary("The original file of a version, as received")
            .RequireAuthorization(Policies.Browse)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Results<Ok<List<IngestResultResponse>>, ValidationProblem, ProblemHttpResult>> Upload(HttpRequest request, IngestPipeline pipeline, Background.DetectionRunner detection,
        Indexer.Monitoring.MonitoringStore registers, Alerts.AlertStore alerts, IHostApplicationLifetime lifetime, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Invalid(new() { ["files"] = ["Gửi tệp dạng multipart/form-data (send the files as multipart/form-data)."] });
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.TooLarge($"Yêu cầu quá lớn; gửi ít tệp hơn trong mỗi lần (request body too large: {e.Message}).");
        }
        catch (InvalidDataException)
        {
            return Problems.Invalid(new() { ["files"] = ["Dữ liệu multipart không hợp lệ: sai ranh giới, tiêu đề phần hoặc vượt giới hạn phần (malformed multipart body)."] });
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // A body cut short (no closing boundary, a connection closed mid-part) is the client's fault, not ours.
            return Problems.Invalid(new() { ["files"] = ["Dữ liệu multipart bị cắt cụt: nội dung kết thúc trước ranh giới đóng; gửi lại tệp (truncated multipart body)."] });
        }

        if (form.Files.Count == 0)
        {
            return Problems.Invalid(new() { ["files"] = ["Không có tệp nào trong yêu cầu (no file in the request)."] });
        }

        if (form.Files.Count > MaxFilesPerRequest)
        {
            return Problems.Invalid(new() { ["files"] = [$"Tối đa {MaxFilesPerRequest} tệp mỗi lần (at most {MaxFilesPerRequest} files per request)."] });
        }

        var sourceKey = form["sourceKey"].FirstOrDefault();
        var inputs = form.Files.Select(file =>
        {
            var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
            var key = sourceKey is { Length: > 0 } && form.Files.Count == 1 ? "upload:" + sourceKey : "upload:" + name;
            return new IngestInput(name.Length == 0 ? "tệp" : name, key, SourceNames.Upload, file.Length, async ct =>
            {
                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
                await stream.CopyToAsync(buffer, ct);
                return buffer.ToArray();
            }) { ContentType = file.ContentType };
        }).ToList();

        // The files are all here: a client that gives up (an OCR taking minutes) does not lose them. Ingest runs to
        // its end unless the service stops, and the log says what became of an upload nobody waited for.
        var results = await pipeline.IngestAsync(inputs, null, lifetime.ApplicationStopping);
        Monitoring.ProvisionMoves.Apply(results, () => registers, () => alerts); // a file read again by a newer parser: what the registers say of it follows its provisions
        if (results.Any(r => r.Status is IngestStatus.Added or IngestStatus.NewVersion or IngestStatus.Reparsed))
        {
            detection.Request("upload");
        }

        if (cancellationToken.IsCancellationRequested)
        {
            var logger = loggers.CreateLogger(typeof(DocumentEndpoints));
            foreach (var result in results)
            {
                LogAbandoned(logger, result.Name, result.Status.ToString(), result.DocumentId?.ToString(), result.Code);
            }
        }

        if (results.All(r => r.Code == ExtractionErrorCodes.TooLarge))
        {
            // Every file over the per-file limit: the request as a whole is too large, as for a body over the request limit.
            return Problems.TooLarge(string.Join("; ", results.Select(r => r.Message)));
        }

        return TypedResults.Ok(results.Select(IngestResultResponse.From).ToList());
    }

    private static Results<Ok<DocumentListResponse>, ValidationProblem> List(LegalIndex index, int page = 1, int size = 20)
    {
        var errors = new Dictionary<string, string[]>();
        RegisterHttp.Page(page, size, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var items = index.Documents.Recent(size, (long)(page - 1) * size).Select(DocumentListItemResponse.From).ToList();
        return TypedResults.Ok(new DocumentListResponse(index.Documents.Count(), page, size, items));
    }

    private static Results<Ok<DocumentDetailsResponse>, ValidationProblem, ProblemHttpResult> Get(string id, LegalIndex index, int? version = null)
    {
        if (!DocumentId.TryCreate(id, out var docId, out var error))
        {
            return Problems.InvalidDocumentId(error);
        }

        if (version is < 1)
        {
            return Problems.Invalid(new() { ["version"] = ["Phiên bản từ 1 trở lên (version must be ≥ 1)."] });
        }

        return DocumentDetails.Build(index, docId, version) is { } details
            ? TypedResults.Ok(details)
            : Problems.NotFound(version is { } v ? $"Không có phiên bản {v} của văn bản {id} (no such version)." : $"Không tìm thấy văn bản {id} (no such document).");
    }

    private static IResult Text(string id, LegalIndex index, int? version = null)
    {
        if (!DocumentId.TryCreate(id, out var docId, out var error))
        {
            return Problems.InvalidDocumentId(error);
        }

        var reader = index.Documents;
        var text = version is { } v ? reader.Version(docId, v)?.Text : reader.Get(docId)?.Document.Text;
        return text is null
            ? Problems.NotFound(version is { } n ? $"Không có phiên bản {n} của văn bản {id} (no such version)." : $"Không tìm thấy văn bản {id} (no such document).")
            : TypedResults.Text(text, "text/plain; charset=utf-8");
    }

    private static IResult Diff(string id, int from, int to, LegalIndex index)
    {
        if (!DocumentId.TryCreate(id, out var docId, out var error))
        {
            return Problems.InvalidDocumentId(error);
        }

        var reader = index.Documents;
        var (older, newer) = (reader.Version(docId, from), reader.Version(docId, to));
        if (older is null || newer is null)
        {
            return Problems.NotFound($"Không có phiên bản {(older is null ? from : to)} của văn bản {id} (no such version).");
        }

        return TypedResults.Ok(VersionDiff.Build(id, from, older.Text ?? "", to, newer.Text ?? ""));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> File(string id, int version, LegalIndex index, RawFileStore store, HttpContext http, CancellationToken cancellationToken)
    {
        // An original is whatever a portal served (HTML with scripts among them): it is downloaded, never run in our origin.
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        if (!DocumentId.TryCreate(id, out var docId, out var error))
        {
            return Problems.InvalidDocumentId(error);
        }

        var stored = index.Documents.Versions(docId).FirstOrDefault(v => v.Version == version);
        if (stored is null || await store.GetAsync(stored.FileSha256, cancellationToken) is not { } bytes)
        {
            return Problems.NotFound($"Không có tệp gốc của phiên bản {version} văn bản {id} (no such version file).");
        }

        var contentType = stored.Facts.Format switch
        {
            "Pdf" => "application/pdf",
            "Docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Doc" => "application/msword",
            "Rtf" => "application/rtf",
            "Html" => "text/html",
            _ => "text/plain",
        };
        return TypedResults.File(bytes, contentType, stored.FileName);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload of {File} finished after its client had gone: {Status} {Document} {Code}")]
    private static partial void LogAbandoned(ILogger logger, string file, string status, string? document, string? code);
}
