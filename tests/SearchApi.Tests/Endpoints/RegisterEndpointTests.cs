using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>The service on a clock the tests move: 1 December 2026, Vietnam time.</summary>
public sealed class ClockedService : RunningService
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)));

    protected override TimeProvider? Clock => Time;
}

/// <summary>
/// The findings and recommendations registers over real HTTP on Kestrel, over the demo corpus and its
/// registers as the first start records them: the whole lifecycle, every refusal, ETags, the clock.
/// </summary>
public sealed class RegisterEndpointTests(ClockedService service) : IClassFixture<ClockedService>
{
    private readonly string analyst = service.CreateToken(Role.Analyst);

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, object? body = null, string? ifMatch = null, string? token = null, string? raw = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? analyst);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (raw is not null || body is not null)
        {
            request.Content = new StringContent(raw ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return await service.Client.SendAsync(request);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string ETag(HttpResponseMessage response) => response.Headers.ETag!.Tag;

    [Fact]
    public async Task People_AreNamedByTheirAccountsDisplayName_TheLoginNameKeptAsRecorded()
    {
        service.Services.GetRequiredService<AccountStore>().Create("pham.thu.ha", "Phạm Thu Hà", Role.Analyst, "mat-khau-du-dai-1");
        var recorded = service.Services.GetRequiredService<Indexer.Monitoring.MonitoringStore>()
            .AddFinding(new Indexer.Monitoring.Finding(default, Indexer.Monitoring.FindingClass.Infeasible, "Không còn phù hợp sau sắp xếp đơn vị hành chính."), "pham.thu.ha");

        var byHa = await Json(await Send(HttpMethod.Get, $"/api/findings/{recorded.Id.Value}"));
        Assert.Equal(("pham.thu.ha", "Phạm Thu Hà"), (byHa.GetProperty("foundBy").GetString(), byHa.GetProperty("foundByName").GetString()));
        var history = await Json(await Send(HttpMethod.Get, $"/api/findings/{recorded.Id.Value}/history"));
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("actor").GetString() == "pham.thu.ha" && h.GetProperty("actorName").GetString() == "Phạm Thu Hà");

        // The demo's officers have no accounts: their registers name them as people read them.
        var findings = (await Json(await Send(HttpMethod.Get, "/api/findings?size=100"))).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("foundByName").GetString() == "Nguyễn Thị Lan");
        Assert.DoesNotContain(findings, f => f.GetProperty("foundByName").GetString()!.Contains('.', StringComparison.Ordinal));

        // A provision is given as an officer writes it, and stored as a path: the decision's Điều 7 is the quy chế's it issued.
        var written = await Json(await Send(HttpMethod.Post, "/api/findings", new { @class = "contradiction", description = "Thời hạn khác nhau.", provisions = new[] { new { document = "17/2022/QĐ-UBND", path = "khoản 1 Điều 7" } } }));
        Assert.Equal("Quy chế: Điều 7.1", written.GetProperty("provisions")[0].GetProperty("path").GetString());
        Assert.Equal("Quyết định số 17/2022/QĐ-UBND, khoản 1 Điều 7 Quy chế", written.GetProperty("provisions")[0].GetProperty("label").GetString());
        var own = await Json(await Send(HttpMethod.Post, "/api/findings", new { @class = "contradiction", description = "Hiệu lực.", provisions = new[] { new { document = "17/2022/QĐ-UBND", path = "Điều 2" } } }));
        Assert.Equal("Quyết định số 17/2022/QĐ-UBND, Điều 2", own.GetProperty("provisions")[0].GetProperty("label").GetString()); // the decision's own

        // A program's token has no account: it is named as recorded.
        var created = await Json(await Send(HttpMethod.Post, "/api/findings", new { @class = "overlap", description = "Hai quy chế cùng quy định thời hạn gửi báo cáo." }));
        Assert.Equal(created.GetProperty("foundBy").GetString(), created.GetProperty("foundByName").GetString());
    }

    [Fact]
    public async Task DemoTasks_AreProposedBeforeTheyAreConfirmed_TheirHistoryInOrder()
    {
        var tasks = (await Json(await Send(HttpMethod.Get, "/api/tasks?size=200"))).GetProperty("items").EnumerateArray().ToList();
        var done = tasks.First(t => t.GetProperty("source").GetProperty("path").GetString() == "Phụ lục I, STT 1");

        var history = (await Json(await Send(HttpMethod.Get, $"/api/tasks/{done.GetProperty("id").GetInt64()}/history"))).EnumerateArray().ToList();

        Assert.Equal(["proposed", "confirmed", "started", "done"], history.Select(h => h.GetProperty("action").GetString()));
        var at = history.Select(h => h.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(at.Order(), at);
        Assert.Equal(new DateOnly(2026, 1, 26), DateOnly.FromDateTime(at[0].ToOffset(TimeSpan.FromHours(7)).DateTime)); // read on the day officers took the plan up

        // What each step set, in words, as the CLI prints it: the day and what shows the task done, no JSON, no id.
        var doneWords = history[^1].GetProperty("changesText").GetString()!;
        Assert.Contains("Ngày hoàn thành: ", doneWords, StringComparison.Ordinal);
        Assert.Contains("Kết quả: ", doneWords, StringComparison.Ordinal);
        Assert.DoesNotContain("{", doneWords, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", doneWords, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstStart_ShowsEveryDetectorsCandidates_AndTheDemoRecommendations()
    {
        var findings = await Json(await Send(HttpMethod.Get, "/api/findings?size=100"));
        var rules = findings.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("foundBy").GetString()).ToList();
        Assert.Equal(2, rules.Count(r => r == "rule:lapsed-basis"));
        Assert.Contains("rule:ended-programme", rules);
        Assert.Contains("rule:overlap", rules);
        Assert.Contains("rule:later-restatement", rules); // the 2022 decision of the same UBND sets another deadline
        Assert.Contains("Nguyễn Thị Lan", rules);

        var recommendations = (await Json(await Send(HttpMethod.Get, "/api/recommendations"))).GetProperty("items").EnumerateArray().ToList();
        string? Dispatch(JsonElement r) => r.GetProperty("dispatchNumber").GetString();
        var repeal = Assert.Single(recommendations, r => Dispatch(r) == "87/STP-XDKTVB");
        Assert.StartsWith("qd-05-2025", repeal.GetProperty("proposedOutcome").GetProperty("documentId").GetString(), StringComparison.Ordinal);
        var staff = Assert.Single(recommendations, r => Dispatch(r) == "312/STP-XDKTVB");
        Assert.True(staff.GetProperty("overdue").GetBoolean());
        Assert.Equal("2025-11-19", staff.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task WholeLifecycle_OverHttp_WithETags_TheClock_AndTheHistory()
    {
        var created = await Send(HttpMethod.Post, "/api/findings", new
        {
            @class = "contradiction",
            description = "Thời hạn báo cáo 30/10 và 15/11 không thống nhất",
            field = "Xử lý vi phạm hành chính",
            provisions = new[] { new { document = "08/2021/QĐ-UBND", path = "Điều 7.1" }, new { document = "17/2022/QĐ-UBND", path = "Điều 7" } },
            evidence = new[] { new { kind = "inspection", reference = "118/BC-STP", note = "mục II.1" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", ETag(created));
        var finding = await Json(created);
        var id = finding.GetProperty("id").GetInt64();
        Assert.Equal($"/api/findings/{id}", created.Headers.Location!.ToString());
        Assert.Equal("Quy chế: Điều 7.1", finding.GetProperty("provisions")[0].GetProperty("path").GetString()); // placed in the quy chế the decision issues, where the tree has it

        var confirmed = await Send(HttpMethod.Post, $"/api/findings/{id}/confirm", ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("\"2\"", ETag(confirmed));

        var draft = await Send(HttpMethod.Post, "/api/recommendations", new
        {
            action = "amend", competentBody = "Ủy ban nhân dân tỉnh Hòa Phong", content = "Sửa đổi khoản 1 Điều 7 để thống nhất thời hạn",
            findingIds = new[] { id }, targets = new[] { new { document = "17/2022/QĐ-UBND", path = "Điều 7.1" } },
        });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var rid = (await Json(draft)).GetProperty("id").GetInt64();

        var sent = await Json(await Send(HttpMethod.Post, $"/api/recommendations/{rid}/send", new { dispatchNumber = "401/STP-XDKTVB", sentOn = "25/11/2026" }, ifMatch: "\"1\""));
        Assert.Equal(("sent", "2026-12-25", false), (sent.GetProperty("status").GetString(), sent.GetProperty("deadline").GetString(), sent.GetProperty("overdue").GetBoolean()));

        service.Time.Advance(TimeSpan.FromDays(25)); // 26 December: the deadline has passed
        var late = await Json(await Send(HttpMethod.Get, $"/api/recommendations/{rid}"));
        Assert.True(late.GetProperty("overdue").GetBoolean());
        Assert.Contains((await Json(await Send(HttpMethod.Get, "/api/recommendations?overdue=true"))).GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt64() == rid);

        var answered = await Json(await Send(HttpMethod.Post, $"/api/recommendations/{rid}/answer", new { answeredOn = "2026-12-26", verdict = "partly", reference = "4410/UBND-NC" }, ifMatch: "\"2\""));
        Assert.Equal(("answered", "partlyAccepted", false, false), (answered.GetProperty("status").GetString(), answered.GetProperty("verdict").GetString(), answered.GetProperty("answeredOnTime").GetBoolean(), answered.GetProperty("overdue").GetBoolean()));
        var implemented = await Json(await Send(HttpMethod.Post, $"/api/recommendations/{rid}/implement", new { outcomeDocument = "21/2027/QĐ-UBND", implementedOn = "2027-01-15" }, ifMatch: "*"));
        Assert.Equal(("implemented", "21/2027/QĐ-UBND"), (implemented.GetProperty("status").GetString(), implemented.GetProperty("outcomeDocumentId").GetString()));
        service.Time.AdjustTime(service.Time.GetUtcNow() - TimeSpan.FromDays(25));

        var history = (await Json(await Send(HttpMethod.Get, $"/api/recommendations/{rid}/history"))).EnumerateArray().ToList();
        Assert.Equal(["created", "sent", "answered", "implemented"], history.Select(h => h.GetProperty("action").GetString()));
        Assert.All(history, h => Assert.StartsWith("Analyst-", h.GetProperty("actor").GetString(), StringComparison.Ordinal));
        Assert.Equal("\"401/STP-XDKTVB\"", history[1].GetProperty("changes").GetProperty("dispatchNumber").GetProperty("new").GetString());
    }

    [Fact]
    public async Task Changes_WithoutOrWithAStaleIfMatch_AreRefused_AndNothingChanges()
    {
        var created = await Json(await Send(HttpMethod.Post, "/api/findings", new { @class = "overlap", description = "Trùng lặp nguyên tắc phối hợp" }));
        var id = created.GetProperty("id").GetInt64();

        var missing = await Send(HttpMethod.Post, $"/api/findings/{id}/confirm");
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("https://lawmonitor.example/problems/precondition-required", (await Json(missing)).GetProperty("type").GetString());

        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Patch, $"/api/findings/{id}", new { field = "Tư pháp" }, ifMatch: "\"1\"")).StatusCode);
        var stale = await Send(HttpMethod.Post, $"/api/findings/{id}/dismiss", new { reason = "trùng" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains("phiên bản 2", (await Json(stale)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var now = await Send(HttpMethod.Get, $"/api/findings/{id}");
        Assert.Equal("\"2\"", ETag(now));
        Assert.Equal(("open", "Tư pháp"), ((await Json(now)).GetProperty("status").GetString(), (await Json(now)).GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Post, $"/api/findings/{id}/confirm", ifMatch: "version-two")).StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/findings", "{\"class\":\"nonsense\",\"description\":\"x\"}", "class")]
    [InlineData("POST", "/api/findings", "{\"class\":\"overlap\"}", "description")]
    [InlineData("POST", "/api/findings", "{\"class\":\"overlap\",\"description\":\"x\",\"provisions\":[{\"document\":\"99/2099/QĐ-UBND\"}]}", "provisions[0]")]
    [InlineData("POST", "/api/findings", "{\"class\":\"overlap\",\"description\":\"x\",\"provisions\":[{\"document\":\"08/2021/QĐ-UBND\",\"path\":\"Điều năm\"}]}", "provisions[0]")]
    [InlineData("POST", "/api/findings", "{\"class\": \"overlap\", \"description\": ", "description")]
    [InlineData("POST", "/api/findings", "[1, 2]", "body")]
    [InlineData("POST", "/api/recommendations", "{\"action\":\"amend\",\"competentBody\":\" \",\"content\":\"x\"}", "competentBody")]
    [InlineData("POST", "/api/recommendations", "{\"action\":\"amend\",\"competentBody\":\"UBND\",\"content\":\"x\",\"findingIds\":[999999]}", "findingIds")]
    public async Task InvalidBodies_Are400_NamingTheField(string method, string path, string body, string field)
    {
        var response = await Send(new HttpMethod(method), path, raw: body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json(response);
        Assert.Equal("https://lawmonitor.example/problems/invalid-parameter", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public async Task LifecycleRefusals_AreProblemsNamingTheStateOrTheField()
    {
        var draft = await Json(await Send(HttpMethod.Post, "/api/recommendations", new { action = "repeal", competentBody = "Sở Tài nguyên và Môi trường", content = "Bãi bỏ" }));
        var id = draft.GetProperty("id").GetInt64();

        var answerDraft = await Send(HttpMethod.Post, $"/api/recommendations/{id}/answer", new { answeredOn = "2026-12-01", verdict = "accepted" }, ifMatch: "*");
        Assert.Equal(HttpStatusCode.Conflict, answerDraft.StatusCode);
        Assert.Contains("dự thảo", (await Json(answerDraft)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var noDispatch = await Send(HttpMethod.Post, $"/api/recommendations/{id}/send", new { sentOn = "2026-12-01" }, ifMatch: "*");
        Assert.True((await Json(noDispatch)).GetProperty("errors").TryGetProperty("dispatchNumber", out _));
        var badDate = await Send(HttpMethod.Post, $"/api/recommendations/{id}/send", new { dispatchNumber = "1/STP", sentOn = "31/02/2026" }, ifMatch: "*");
        Assert.True((await Json(badDate)).GetProperty("errors").TryGetProperty("sentOn", out _));
        var before = await Send(HttpMethod.Post, $"/api/recommendations/{id}/send", new { dispatchNumber = "1/STP", sentOn = "2026-12-01", deadline = "2026-11-01" }, ifMatch: "*");
        Assert.True((await Json(before)).GetProperty("errors").TryGetProperty("deadline", out _));
        var close = await Send(HttpMethod.Post, $"/api/recommendations/{id}/close", new { reason = "" }, ifMatch: "*");
        Assert.True((await Json(close)).GetProperty("errors").TryGetProperty("reason", out _));

        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, "/api/recommendations/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Post, "/api/findings/999999/confirm", ifMatch: "*")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Get, "/api/findings?status=maybe")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(HttpMethod.Get, "/api/recommendations?size=0")).StatusCode);
    }

    public static TheoryData<string, string> WriteEndpoints => new()
    {
        { "POST", "/api/findings" }, { "PATCH", "/api/findings/1" }, { "POST", "/api/findings/1/confirm" }, { "POST", "/api/findings/1/dismiss" },
        { "POST", "/api/findings/1/reopen" }, { "POST", "/api/recommendations" }, { "PATCH", "/api/recommendations/1" }, { "POST", "/api/recommendations/1/send" },
        { "POST", "/api/recommendations/1/answer" }, { "POST", "/api/recommendations/1/implement" }, { "POST", "/api/recommendations/1/close" }, { "POST", "/api/detection/runs" },
    };

    [Theory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task AViewer_CannotWrite_AndNobodyAnonymous(string method, string path)
    {
        var before = await (await Send(HttpMethod.Get, "/api/findings/1")).Content.ReadAsStringAsync();

        var viewer = await Send(new HttpMethod(method), path, new { reason = "x" }, ifMatch: "*", token: service.CreateToken(Role.Viewer));
        using var anonymous = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        var nobody = await service.Client.SendAsync(anonymous);

        Assert.Equal(HttpStatusCode.Forbidden, viewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal(before, await (await Send(HttpMethod.Get, "/api/findings/1")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Report_IsServedAsJsonCsvXlsxAndDocx_AndBadOptionsAreNamed()
    {
        var json = await Json(await Send(HttpMethod.Get, "/api/reports/recommendations?year=2025"));
        Assert.Equal((2, 1), (json.GetProperty("totals").GetProperty("sent").GetInt32(), json.GetProperty("totals").GetProperty("overdue").GetInt32()));
        Assert.Equal("312/STP-XDKTVB", json.GetProperty("overdue")[0].GetProperty("dispatchNumber").GetString());

        var csv = await Send(HttpMethod.Get, "/api/reports/recommendations?year=2025&format=csv&table=overdue");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("312/STP-XDKTVB", Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var xlsx = await Send(HttpMethod.Get, "/api/reports/recommendations?year=2025&format=xlsx");
        Assert.Equal("PK", Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));
        var docx = await Send(HttpMethod.Get, "/api/reports/recommendations?year=2025&format=docx");
        Assert.EndsWith(".docx", docx.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);

        foreach (var (query, field) in new[] { ("from=2025-13-01", "from"), ("format=pdf", "format"), ("class=x", "class"), ("status=pending", "status"), ("format=csv&table=all", "table"), ("from=2025-12-01&to=2025-01-01", "from") })
        {
            var bad = await Send(HttpMethod.Get, "/api/reports/recommendations?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    [Fact]
    public async Task Detectors_RunOnDemand_WithoutDuplicatingCandidates()
    {
        var run = await Json(await Send(HttpMethod.Post, "/api/detection/runs"));

        Assert.StartsWith("api:Analyst-", run.GetProperty("trigger").GetString(), StringComparison.Ordinal);
        Assert.All(run.GetProperty("added").EnumerateObject(), p => Assert.Equal(0, p.Value.GetInt32()));
        Assert.Equal(2, run.GetProperty("found").GetProperty("rule:lapsed-basis").GetInt32());
        Assert.Equal(run.GetProperty("startedAt").GetString(), (await Json(await Send(HttpMethod.Get, "/api/detection/runs/latest"))).GetProperty("startedAt").GetString());
    }
}
