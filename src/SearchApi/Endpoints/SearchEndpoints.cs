using LawMonitor.SearchApi.Security;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.SearchApi.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using LawMonitor.SearchApi.Searching;

namespace LawMonitor.SearchApi.Endpoints;

internal static class SearchEndpoints
{
    public static void MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search)
            .WithName("Search")
            .WithTags("Search")
            .WithSummary("Search provisions (query language: words, \"phrases\", -exclusions, OR, so:/loai:/co-quan:/nam:/hieu-luc:)")
            .RequireAuthorization(Policies.Browse)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        app.MapPost("/api/search", SearchPost)
            .WithName("SearchPost")
            .WithTags("Search")
            .WithSummary("The same search with the query in a JSON body (at most 256 KB; the query's first 4,000 characters are used), for queries too long for a URL")
            .RequireAuthorization(Policies.Browse)
            .Accepts<SearchRequestBody>("application/json")
            .Produces<SearchResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<IResult> SearchPost(HttpRequest request, SearchService engine, CancellationToken cancellationToken)
    {
        var (body, problem) = await RegisterHttp.ReadBody<SearchRequestBody>(request, cancellationToken);
        return body is null
            ? problem!
            : await Search(engine, cancellationToken, body.Q, body.Page ?? 1, body.PageSize ?? 10, body.Type, body.Issuer, body.Year, body.Status, body.Source, body.Facets ?? true);
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem>> Search(
        SearchService engine,
        CancellationToken cancellationToken,
        string? q = null,
        int page = 1,
        int pageSize = 10,
        string? type = null,
        string? issuer = null,
        string? year = null,
        string? status = null,
        string? source = null,
        bool facets = true)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["Trang phải từ 1 trở lên (page must be ≥ 1)."];
        }

        if (pageSize is < 1 or > SearchRequest.MaxPageSize)
        {
            errors["pageSize"] = [$"Số kết quả mỗi trang từ 1 đến {SearchRequest.MaxPageSize} (pageSize must be 1–{SearchRequest.MaxPageSize})."];
        }

        YearRange? years = null;
        if (year is not null && !YearRange.TryParse(year, out years))
        {
            errors["year"] = ["Năm không hợp lệ; ví dụ 2020 hoặc 2018..2022 (year must be like 2020 or 2018..2022)."];
        }

        string? statusCode = null;
        if (status is not null)
        {
            if (EffectStatusNames.TryParse(status, out var parsed))
            {
                statusCode = EffectStatusNames.Code(parsed);
            }
            else
            {
                errors["status"] = ["Không nhận ra tình trạng hiệu lực (unknown status); ví dụ con-hieu-luc, het-hieu-luc."];
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var filters = new QueryFilters
        {
            TypeKey = type is null ? null : DocumentTypes.Key(DocumentTypes.Resolve(type) ?? type),
            IssuerKey = issuer is null ? null : Indexer.Analysis.VietnameseAnalyzer.FoldWords(issuer),
            Years = years,
            StatusCode = statusCode,
            Source = source,
        };
        return TypedResults.Ok(await engine.SearchAsync(new SearchRequest { Query = q ?? string.Empty, Page = page, PageSize = pageSize, Filters = filters, IncludeFacets = facets }, cancellationToken));
    }
}
