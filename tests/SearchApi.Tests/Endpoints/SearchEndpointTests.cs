using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>The search API on a real Kestrel server over the bundled corpus, indexed on first start.</summary>
public sealed class SearchEndpointTests(RunningService service) : IClassFixture<RunningService>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<JsonElement> Get(string query)
    {
        using var response = await service.Viewer.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    /// <summary>The bundled corpus's documents: one per file of the demo province.</summary>
    private static long CorpusFiles => Directory.GetFiles(DemoCorpus.Folder).Length;

    [Fact]
    public async Task FirstStart_IndexesTheBundledCorpus()
    {
        var all = await Get("q=nguon:corpus&pageSize=100");
        Assert.Equal(CorpusFiles, all.GetProperty("totalHits").GetInt64());
    }

    [Fact]
    public async Task Search_AccentlessQuery_ReturnsProvisionsWithMarkedSnippets()
    {
        var result = await Get("q=" + Uri.EscapeDataString("thoi han gui bao cao truoc ngay 15 thang 11"));
        var first = result.GetProperty("hits")[0];
        Assert.Contains("<mark>", first.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
        Assert.Matches("-[0-9a-f]{6}$", first.GetProperty("documentId").GetString());
    }

    [Fact]
    public async Task Search_DocumentNumber_PutsTheDocumentFirst()
    {
        var result = await Get("q=" + Uri.EscapeDataString("qd 12/2019"));
        var first = result.GetProperty("hits")[0];
        Assert.Matches("^qd-12-2019-quy-che-phoi-hop-[0-9a-f]{6}$", first.GetProperty("documentId").GetString());
        Assert.Equal("12/2019/QĐ-UBND", first.GetProperty("number").GetString());
        Assert.Equal("Quyết định", first.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Search_NamesAnEffectOnlyWhereThereIsOne_AReportHasNone()
    {
        var hits = (await Get("q=" + Uri.EscapeDataString("thoi han gui bao cao") + "&pageSize=100")).GetProperty("hits").EnumerateArray().ToList();
        var report = hits.First(h => h.GetProperty("type").GetString() == "Báo cáo");
        var decision = hits.First(h => h.GetProperty("number").GetString() == "17/2022/QĐ-UBND");
        var repealed = hits.First(h => h.GetProperty("number").GetString() == "12/2019/QĐ-UBND");

        Assert.Equal(JsonValueKind.Null, report.GetProperty("statusName").ValueKind); // a report records; it has no effect to doubt
        Assert.Equal("Còn hiệu lực", decision.GetProperty("statusName").GetString()); // its own day of effect has come, and nothing held ended it
        Assert.Equal("Hết hiệu lực toàn bộ", repealed.GetProperty("statusName").GetString());
        var plan = (await Get("q=" + Uri.EscapeDataString("so:14/KH-UBND"))).GetProperty("hits")[0];
        Assert.Equal((JsonValueKind.Null, "Năm 2026"), (plan.GetProperty("statusName").ValueKind, plan.GetProperty("periodName").GetString())); // a plan: its period, not a doubt

        using var details = await service.Viewer.GetAsync($"/api/documents/{Uri.EscapeDataString(report.GetProperty("documentId").GetString()!)}");
        var document = await details.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("effectName").ValueKind);
        Assert.Equal("khong-ro", document.GetProperty("effect").GetString()); // the code stays, for filters
    }

    [Fact]
    public async Task Search_Facets_CountDocumentsByTypeAndYear()
    {
        var facets = (await Get("q=" + Uri.EscapeDataString("thi hành pháp luật"))).GetProperty("facets");
        Assert.Contains(facets.GetProperty("types").EnumerateArray(), f => f.GetProperty("label").GetString() == "Quyết định");
        Assert.Contains(facets.GetProperty("years").EnumerateArray(), f => f.GetProperty("value").GetString() == "2024");
    }

    [Fact]
    public async Task TheEffectFacetAndFilter_LeaveOutReportsAndPlans_WhoseEffectIsMoot_AsTheirHitsShowNone()
    {
        await IngestUndatedDecisionAsync();
        var q = "q=" + Uri.EscapeDataString("thoi han gui bao cao") + "&pageSize=100";
        var answer = await Get(q);
        var documents = answer.GetProperty("hits").EnumerateArray().DistinctBy(h => h.GetProperty("documentId").GetString()).ToList();
        Assert.Equal(answer.GetProperty("totalDocuments").GetInt64(), documents.Count); // every document is on the page
        Assert.Contains(documents, h => h.GetProperty("type").GetString() == "Báo cáo" && h.GetProperty("status").GetString() == "khong-ro");

        var unknown = answer.GetProperty("facets").GetProperty("statuses").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "khong-ro");
        Assert.Equal("Chưa rõ hiệu lực", unknown.GetProperty("label").GetString());
        Assert.Equal(documents.Count(h => h.GetProperty("statusName").GetString() == "Chưa rõ hiệu lực"), unknown.GetProperty("count").GetInt64());

        var filtered = (await Get(q + "&status=khong-ro")).GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, h => Assert.Equal("Chưa rõ hiệu lực", h.GetProperty("statusName").GetString()));
        var typed = (await Get("q=" + Uri.EscapeDataString("thoi han gui bao cao hieu-luc:khong-ro") + "&pageSize=100")).GetProperty("hits").EnumerateArray();
        Assert.DoesNotContain(typed, h => h.GetProperty("type").GetString() is "Báo cáo" or "Kế hoạch");

        // A listing by filters alone counts in SQL: the same rule.
        var listed = await Get("q=" + Uri.EscapeDataString("loai:bao-cao"));
        Assert.True(listed.GetProperty("totalDocuments").GetInt64() > 0);
        Assert.Empty(listed.GetProperty("facets").GetProperty("statuses").EnumerateArray());
        var all = await Get("q=" + Uri.EscapeDataString("hieu-luc:khong-ro") + "&pageSize=100");
        Assert.NotEmpty(all.GetProperty("hits").EnumerateArray());
        Assert.All(all.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Chưa rõ hiệu lực", h.GetProperty("statusName").GetString()));
    }

    /// <summary>
    /// Every decision of the demo states the day it takes effect; this one states none, so its effect is unknown and said
    /// so (ingested once: the same text again does nothing).
    /// </summary>
    private async Task IngestUndatedDecisionAsync()
    {
        const string text = """
            ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
            Số: 31/2026/QĐ-UBND
            Hòa Phong, ngày 02 tháng 3 năm 2026
            QUYẾT ĐỊNH
            Quy định thời hạn gửi báo cáo thống kê về công tác hộ tịch
            Điều 1. Các xã, phường gửi báo cáo thống kê hộ tịch về Sở Tư pháp trước ngày 20 tháng 12 hằng năm.
            """;
        var pipeline = service.Services.GetRequiredService<LawMonitor.Indexer.Ingestion.IngestPipeline>();
        var results = await pipeline.IngestAsync([LawMonitor.Indexer.Ingestion.IngestInput.FromBytes("qd-31-2026.txt", System.Text.Encoding.UTF8.GetBytes(text), "test:qd-31-2026.txt", "test")]);
        Assert.All(results, r => Assert.True(r.Ok, r.Message));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("year=twenty", "year")]
    [InlineData("status=maybe", "status")]
    public async Task Search_InvalidParameter_IsAProblemNamingIt(string query, string field)
    {
        using var response = await service.Viewer.GetAsync("/api/search?q=luat&" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("https://lawmonitor.example/problems/invalid-parameter", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.DoesNotContain("Exception", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(a b) * ^ : (")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("")]
    [InlineData("!!!")]
    [InlineData("so: nam: -")]
    public async Task Search_AnyQuery_IsAnsweredNeverA500(string q)
    {
        var result = await Get("q=" + Uri.EscapeDataString(q)); // 200, never a 500
        Assert.True(result.GetProperty("hits").GetArrayLength() <= result.GetProperty("totalHits").GetInt64(), result.ToString());
        foreach (var leak in new[] { "SQLite", "fts5", "syntax error", "Exception" })
        {
            Assert.DoesNotContain(leak, result.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        var after = await Get("q=nguon:corpus");
        Assert.Equal(CorpusFiles, after.GetProperty("totalHits").GetInt64()); // nothing dropped
    }

    [Fact]
    public async Task Search_TenThousandCharacterQuery_WorksByGetAndByPost()
    {
        var q = string.Concat(Enumerable.Repeat("thi hành pháp luật ", 600))[..10_000];
        var viaGet = await Get("q=" + Uri.EscapeDataString(q));
        Assert.NotEmpty(viaGet.GetProperty("notices").EnumerateArray());

        using var response = await service.Viewer.PostAsJsonAsync("/api/search", new { q, pageSize = 5 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var viaPost = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(viaGet.GetProperty("totalHits").GetInt64(), viaPost.GetProperty("totalHits").GetInt64());
    }

    [Fact]
    public async Task Health_And_OpenApi_AreServed()
    {
        var health = await service.Viewer.GetFromJsonAsync<JsonElement>("/health", Json);
        Assert.Equal("ok", health.GetProperty("status").GetString());
        var openApi = await service.Viewer.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/search", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreshService_TellsTheLoginPageThatTheFirstAdminIsStillToBeCreated()
    {
        var session = await service.Client.GetFromJsonAsync<JsonElement>("/api/auth/session", Json);

        Assert.False(session.GetProperty("signedIn").GetBoolean());
        Assert.True(session.GetProperty("setupNeeded").GetBoolean());
    }

    [Theory]
    [InlineData("GET", "/api/khong-co")]
    [InlineData("POST", "/api/findings/1/xoa")]
    public async Task UnknownApiPath_IsA404Problem_NotTheUiShell(string method, string path)
    {
        using var response = await service.Viewer.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UiAddresses_AreServedTheShell()
    {
        var page = await service.Client.GetStringAsync("/kien-nghi/12");

        Assert.Contains("<script type=\"module\" src=\"/js/app.js\">", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"vi\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentials_AndTooLowARole_AreProblemsWithOurTypesInVietnameseAndEnglish()
    {
        using var anonymous = await service.Client.GetAsync("/api/findings");
        using var viewer = await service.Viewer.PostAsJsonAsync("/api/findings", new { @class = "overlap", description = "x" });

        var unauthorized = await anonymous.Content.ReadFromJsonAsync<JsonElement>(Json);
        var forbidden = await viewer.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(("https://lawmonitor.example/problems/unauthorized", "Cần đăng nhập (sign-in required)"), (unauthorized.GetProperty("type").GetString(), unauthorized.GetProperty("title").GetString()));
        Assert.Equal(("https://lawmonitor.example/problems/forbidden", "Không có quyền (forbidden)"), (forbidden.GetProperty("type").GetString(), forbidden.GetProperty("title").GetString()));
        Assert.Equal("application/problem+json", viewer.Content.Headers.ContentType?.MediaType);
    }
}
