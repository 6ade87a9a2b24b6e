using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>The service with small limits, so that oversized files and bodies are cheap to send.</summary>
public sealed class SmallLimitsService : RunningService
{
    protected override IngestLimits Limits => IngestLimits.Default with { MaxFileBytes = 1024 * 1024 };
}

/// <summary>Uploads and document details over real HTTP, on Kestrel, with real tokens.</summary>
public sealed class DocumentEndpointTests(SmallLimitsService service) : IClassFixture<SmallLimitsService>
{
    private static string Corpus(string name) => DemoCorpus.Text(name);

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", name);
        }

        return form;
    }

    private async Task<HttpResponseMessage> Upload(MultipartFormDataContent form, string? token)
    {
        // Expect: 100-continue lets the server refuse a body (401, 413) before the client sends it.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.ExpectContinue = true;
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await service.Client.SendAsync(request);
    }

    /// <summary>Uploads one text file as an analyst; the document's id.</summary>
    private async Task<string> UploadTextAsync(string name, string text)
    {
        using var response = await Upload(Files((name, Encoding.UTF8.GetBytes(text))), service.CreateToken(Role.Analyst));
        return (await Json(response))[0].GetProperty("documentId").GetString()!;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Upload_WithoutToken_Is401Problem()
    {
        using var response = await Upload(Files(("a.txt", "Điều 1. Nội dung"u8.ToArray())), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_WithUnknownToken_Is401()
    {
        using var response = await Upload(Files(("a.txt", "Điều 1. Nội dung"u8.ToArray())), "lm_not-a-real-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Upload_AsViewer_Is403Problem_AndNothingIsStored()
    {
        var before = (await Json(await service.Viewer.GetAsync("/api/search?q=tuyet+mat+bien+phong"))).GetProperty("totalHits").GetInt64();

        using var response = await Upload(Files(("v.txt", Encoding.UTF8.GetBytes("QUYẾT ĐỊNH\nĐiều 1. Tuyệt mật biên phòng."))), service.CreateToken(Role.Viewer));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, (await Json(await service.Viewer.GetAsync("/api/search?q=tuyet+mat+bien+phong"))).GetProperty("totalHits").GetInt64());
    }

    [Fact]
    public async Task Upload_AsAnalyst_AnswersPerFile_AndTheDocumentCanBeShown()
    {
        using var response = await Upload(
            Files(
                ("kh-25.txt", Encoding.UTF8.GetBytes(Corpus("kh-25-2024-theo-doi-thi-hanh-phap-luat.txt").Replace("2024", "2026", StringComparison.Ordinal))),
                ("rong.pdf", []),
                ("lon.pdf", new byte[2 * 1024 * 1024])),
            service.CreateToken(Role.Analyst));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = await Json(response);
        Assert.Equal(3, results.GetArrayLength());
        var ok = results[0];
        Assert.True(ok.GetProperty("ok").GetBoolean());
        Assert.Equal("added", ok.GetProperty("status").GetString());
        Assert.Equal("empty-file", results[1].GetProperty("code").GetString());
        Assert.Equal("too-large", results[2].GetProperty("code").GetString());
        Assert.False(results[2].GetProperty("ok").GetBoolean());

        var id = ok.GetProperty("documentId").GetString()!;
        var details = await Json(await service.Viewer.GetAsync("/api/documents/" + Uri.EscapeDataString(id)));
        Assert.Equal("Kế hoạch", details.GetProperty("type").GetString());
        Assert.Equal(1, details.GetProperty("version").GetInt32());
        Assert.True(details.GetProperty("provisions").GetArrayLength() > 0);
        Assert.Contains(details.GetProperty("citations").EnumerateArray(), c => c.GetProperty("target").GetProperty("key").GetString() == "number:59/2012/nd-cp");
        var version = details.GetProperty("versions")[0];
        Assert.Equal("kh-25.txt", version.GetProperty("fileName").GetString());
        Assert.Equal("Text", version.GetProperty("format").GetString());

        using var file = await service.Viewer.GetAsync($"/api/documents/{Uri.EscapeDataString(id)}/versions/1/file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Contains("2026", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleOfAnUnnamedDocument_InAReport_IsNotCalledItsOwn()
    {
        const string report = "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSỞ TƯ PHÁP\nSố: 301/BC-STP\nBÁO CÁO\nKết quả rà soát quy chế phối hợp\n"
            + "I. KẾT QUẢ\n1. Đã rà soát hai Quy chế phối hợp.\nII. TỒN TẠI\n1. Nguyên tắc phối hợp tại Điều 5 của hai Quy chế nêu trên bị lặp lại.\n";
        var id = await UploadTextAsync("bc-301.txt", report);

        var details = await Json(await service.Viewer.GetAsync("/api/documents/" + Uri.EscapeDataString(id)));

        var citation = Assert.Single(details.GetProperty("citations").EnumerateArray());
        Assert.False(citation.GetProperty("internal").GetBoolean());
        Assert.Equal("Điều 5 (không ghi rõ văn bản)", citation.GetProperty("targetLabel").GetString());
        Assert.Equal(JsonValueKind.Null, citation.GetProperty("target").GetProperty("documentId").ValueKind);
    }

    [Fact]
    public async Task ACitationInTheClosing_StandsInTheClosing_NotThePreamble()
    {
        const string decision = "ỦY BAN NHÂN DÂN\nTỈNH HÒA PHONG\nSố: 302/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ theo dõi thi hành pháp luật\n"
            + "Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Giao Sở Tư pháp theo dõi.\n"
            + "Điều 2. Quyết định này có hiệu lực từ ngày ký.\nĐiều 3. Chánh Văn phòng và Giám đốc Sở Tư pháp chịu trách nhiệm thi hành.\n"
            + "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Bình\n";
        var id = await UploadTextAsync("qd-302.txt", decision);

        var citations = (await Json(await service.Viewer.GetAsync("/api/documents/" + Uri.EscapeDataString(id)))).GetProperty("citations").EnumerateArray().ToList();

        Assert.Equal("Phần mở đầu", Assert.Single(citations, c => c.GetProperty("text").GetString()!.StartsWith("Nghị định", StringComparison.Ordinal)).GetProperty("sourcePathLabel").GetString());
        var recipients = Assert.Single(citations, c => c.GetProperty("text").GetString() == "Điều 3");
        Assert.Equal("Phần cuối", recipients.GetProperty("sourcePathLabel").GetString());
        Assert.Equal("Điều 3 (văn bản này)", recipients.GetProperty("targetLabel").GetString());
    }

    [Fact]
    public async Task ACitationInTheSignatureBeforeAnApprovedPlan_StandsInTheClosing_HereAndWhereTheCitedDocumentListsIt()
    {
        const string decision = "ỦY BAN NHÂN DÂN\nTỈNH HÒA PHONG\nSố: 304/QĐ-UBND\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch kiểm tra năm 2026\n"
            + "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kèm theo Quyết định này Kế hoạch kiểm tra năm 2026.\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n"
            + "Nơi nhận:\n- Như Điều 2;\n- Sở Tư pháp (thực hiện Quyết định số 302/QĐ-UBND);\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Bình\n"
            + "KẾ HOẠCH\nKIỂM TRA NĂM 2026\n(Ban hành theo Quyết định số 304/QĐ-UBND của Ủy ban nhân dân tỉnh)\n"
            + "I. NỘI DUNG\n1. Kiểm tra việc thực hiện Quyết định số 302/QĐ-UBND\n- Đơn vị chủ trì: Sở Tư pháp.\n- Thời gian: Quý III/2026.\n";
        var cited = await UploadTextAsync("qd-302b.txt", "ỦY BAN NHÂN DÂN\nTỈNH HÒA PHONG\nSố: 302/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\nĐiều 1. Giao Sở Tư pháp theo dõi.\n");
        var id = await UploadTextAsync("qd-304.txt", decision);

        var citations = (await Json(await service.Viewer.GetAsync("/api/documents/" + Uri.EscapeDataString(id)))).GetProperty("citations").EnumerateArray().ToList();

        Assert.Equal("Phần cuối", Assert.Single(citations, c => c.GetProperty("text").GetString() == "Điều 2").GetProperty("sourcePathLabel").GetString());
        Assert.Equal(["Phần cuối", "Mục I.1 Kế hoạch"], citations.Where(c => c.GetProperty("text").GetString()!.StartsWith("Quyết định số 302", StringComparison.Ordinal))
            .Select(c => c.GetProperty("sourcePathLabel").GetString()));
        var citedBy = (await Json(await service.Viewer.GetAsync("/api/documents/" + Uri.EscapeDataString(cited)))).GetProperty("citedBy").EnumerateArray()
            .Select(c => c.GetProperty("sourcePathLabel").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["Mục I.1 Kế hoạch", "Phần cuối"], citedBy); // the citing decision's closing, read from its own tree
    }

    [Fact]
    public async Task DocumentList_LastIndexedFirst_NamesEachAsPeopleDo_WithTheEffectTheDocumentPageShows()
    {
        const string decision = "ỦY BAN NHÂN DÂN\nTỈNH HÒA PHONG\nSố: 303/QĐ-UBND\nHòa Phong, ngày 02 tháng 01 năm 2026\nQUYẾT ĐỊNH\nVề việc kiện toàn tổ theo dõi thi hành pháp luật\n"
            + "Điều 1. Kiện toàn tổ theo dõi.\nĐiều 2. Quyết định này có hiệu lực từ ngày 02 tháng 01 năm 2026.\n";
        var id = await UploadTextAsync("qd-303.txt", decision);

        var list = await Json(await service.Viewer.GetAsync("/api/documents?size=2"));
        var details = await Json(await service.Viewer.GetAsync("/api/documents/" + Uri.EscapeDataString(id)));

        Assert.True(list.GetProperty("total").GetInt32() >= 2);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var newest = items[0];
        Assert.Equal(id, newest.GetProperty("documentId").GetString());
        Assert.Equal("Quyết định số 303/QĐ-UBND", newest.GetProperty("label").GetString());
        Assert.Equal(details.GetProperty("effectName").GetString(), newest.GetProperty("statusName").GetString());
        Assert.Equal(details.GetProperty("effect").GetString(), newest.GetProperty("status").GetString());
        Assert.True(newest.GetProperty("indexedAt").GetDateTimeOffset() >= items[1].GetProperty("indexedAt").GetDateTimeOffset());

        var second = await Json(await service.Viewer.GetAsync("/api/documents?size=1&page=2"));
        Assert.Equal(items[1].GetProperty("documentId").GetString(), second.GetProperty("items")[0].GetProperty("documentId").GetString());

        using var bad = await service.Viewer.GetAsync("/api/documents?size=0&page=2147483647");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty("size", out _));
        using var far = await service.Viewer.GetAsync("/api/documents?size=500&page=2147483647");
        Assert.Empty((await Json(far)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task BodyOverTheRequestLimit_Is413Problem()
    {
        using var response = await Upload(Files(("huge.pdf", new byte[6 * 1024 * 1024])), service.CreateToken(Role.Analyst));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UploadWithoutFiles_Is400NamingTheField()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        using var response = await Upload(form, service.CreateToken(Role.Admin));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("files", out _));
    }

    [Theory]
    [InlineData("/api/documents/no-such-document", HttpStatusCode.NotFound)]
    [InlineData("/api/documents/no-such-document/versions/1/file", HttpStatusCode.NotFound)]
    public async Task MissingDocument_Is404Problem(string url, HttpStatusCode status)
    {
        using var response = await service.Viewer.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CorpusDocument_ShowsItsTreeCitationsAndWhoCitesIt()
    {
        var hits = await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("so:12/2019/QĐ-UBND")));
        var id = hits.GetProperty("hits")[0].GetProperty("documentId").GetString()!;

        var details = await Json(await service.Viewer.GetAsync("/api/documents/" + id));

        Assert.Equal("12/2019/QĐ-UBND", details.GetProperty("number").GetProperty("display").GetString());
        Assert.Contains("12/qd", details.GetProperty("number").GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Hòa Phong", details.GetProperty("place").GetString());
        Assert.True(details.GetProperty("provisionCounts").GetProperty("Article").GetInt32() >= 3);
        var article = details.GetProperty("provisions").EnumerateArray().First(n => n.GetProperty("level").GetString() == "Article");
        Assert.Equal("Điều 1", article.GetProperty("path").GetString());
        Assert.True(article.GetProperty("end").GetInt32() > article.GetProperty("start").GetInt32());
        Assert.Contains(details.GetProperty("citedBy").EnumerateArray(), c => c.GetProperty("relation").GetString() == "repeals");
        Assert.Equal("corpus", details.GetProperty("source").GetString());
        Assert.Equal(("khong-ro", "het-hieu-luc"), (details.GetProperty("status").GetString(), details.GetProperty("effect").GetString())); // stated nothing; repealed by a later document
        Assert.Equal("Bị bãi bỏ bởi Quyết định số 05/2025/QĐ-UBND (Điều 1), từ ngày 10/05/2025.", details.GetProperty("effectNote").GetString());
        Assert.Empty(details.GetProperty("appendices").EnumerateArray());
    }

    [Fact]
    public async Task PlanWithATaskAppendix_ListsTheAppendixAfterItsTree_ForTheCurrentVersionAndAnEarlierOne()
    {
        var hits = await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("so:14/KH-UBND")));
        var id = hits.GetProperty("hits")[0].GetProperty("documentId").GetString()!;
        var text = await service.Viewer.GetStringAsync($"/api/documents/{id}/text");

        foreach (var url in new[] { $"/api/documents/{id}", $"/api/documents/{id}?version=1" })
        {
            var appendix = Assert.Single((await Json(await service.Viewer.GetAsync(url))).GetProperty("appendices").EnumerateArray());
            Assert.Equal("Phụ lục I", appendix.GetProperty("label").GetString());
            Assert.Equal("Phụ lục I — NHIỆM VỤ THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT NĂM 2026", appendix.GetProperty("heading").GetString());
            var (start, end) = (appendix.GetProperty("start").GetInt32(), appendix.GetProperty("end").GetInt32());
            Assert.StartsWith("Phụ lục I\n", text[start..], StringComparison.Ordinal);
            Assert.Equal(text.Length, end);
            Assert.Contains("STT | Nội dung | Cơ quan chủ trì", text[start..end], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PlanOutlineItems_AreListedInTheTree_ByTheirNumberAndFirstWords_ArticlesClausesByTheirNames()
    {
        var plan = (await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("so:14/KH-UBND")))).GetProperty("hits")[0].GetProperty("documentId").GetString()!;
        var sections = (await Json(await service.Viewer.GetAsync("/api/documents/" + plan))).GetProperty("provisions").EnumerateArray().ToList();
        var nodes = sections.SelectMany(s => s.GetProperty("children").EnumerateArray()).ToDictionary(n => n.GetProperty("path").GetString()!);
        var items = nodes.ToDictionary(n => n.Key, n => n.Value.GetProperty("treeLabel").GetString());

        Assert.Equal("1. Mục đích", items["Mục I.1"]); // a short first line, whole
        Assert.Equal("2. Yêu cầu", items["Mục I.2"]);
        Assert.Equal("1. Sở Tư pháp chủ trì, hướng dẫn, đôn đốc …", items["Mục III.1"]); // a long one, cut where a phrase ends
        Assert.Equal("Mục I", sections[0].GetProperty("treeLabel").GetString());
        Assert.Equal("Mục I.1 — Mục đích", nodes["Mục I.1"].GetProperty("headingLabel").GetString()); // a line of its own above the text: its heading
        Assert.Equal("Mục III.1", nodes["Mục III.1"].GetProperty("headingLabel").GetString()); // a sentence is none

        var decision = (await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("so:12/2019/QĐ-UBND")))).GetProperty("hits")[0].GetProperty("documentId").GetString()!;
        var tree = (await Json(await service.Viewer.GetAsync("/api/documents/" + decision))).GetProperty("provisions").EnumerateArray()
            .SelectMany(n => n.GetProperty("children").EnumerateArray().Prepend(n)).ToList();
        var article = tree.First(n => n.GetProperty("path").GetString() == "Quy chế: Điều 8");
        Assert.Equal("Khoản 1", article.GetProperty("children")[0].GetProperty("treeLabel").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("children")[0].GetProperty("lead").ValueKind);
    }

    [Fact]
    public async Task AFileUploadedAgain_ReadByANewerParser_TakesTheFindingsOnItsItemsAlong()
    {
        var text = Corpus("kh-14-2026-theo-doi-thi-hanh-phap-luat.txt").Replace("14/KH-UBND", "77/KH-UBND", StringComparison.Ordinal);
        var analyst = service.CreateToken(Role.Analyst);
        var first = (await Json(await Upload(Files(("kh-77.txt", Encoding.UTF8.GetBytes(text))), analyst)))[0];
        var plan = Indexer.Model.DocumentId.Create(first.GetProperty("documentId").GetString()!);

        // The plan as parser 9 stored it ("Khoản 3" for the third item of Mục III), and a finding recorded on that path then.
        var index = service.Services.GetRequiredService<LegalIndex>();
        var tree = index.Documents.Structure(plan)!;
        static Indexer.Legal.StructureNode Older(Indexer.Legal.StructureNode n) =>
            n with { Path = n.Path.ToString() == "Mục III.3" ? Indexer.Model.ProvisionPath.Parse("Khoản 3") : n.Path, Children = [.. n.Children.Select(Older)] };
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + index.DatabasePath + ";Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE documents SET structure = $s, content_hash = 'parser-9' WHERE doc_key = $d; UPDATE document_versions SET parser_version = 9 WHERE doc_key = $d";
            command.Parameters.AddWithValue("$s", Indexer.Storage.Rows.StructureCodec.Encode(tree with { Nodes = [.. tree.Nodes.Select(Older)] }));
            command.Parameters.AddWithValue("$d", plan.Value);
            command.ExecuteNonQuery();
        }

        var registers = service.Services.GetRequiredService<Indexer.Monitoring.MonitoringStore>();
        var finding = registers.AddFinding(new Indexer.Monitoring.Finding(default, Indexer.Monitoring.FindingClass.MissingConditions, "Chưa bố trí kinh phí")
        {
            Provisions = [new Indexer.Monitoring.ProvisionReference(plan, 1, "Khoản 3")],
        }, "lan");

        var again = (await Json(await Upload(Files(("kh-77.txt", Encoding.UTF8.GetBytes(text))), analyst)))[0];

        Assert.Equal("reparsed", again.GetProperty("status").GetString());
        Assert.Equal("Mục III.3", registers.GetFinding(finding.Id)!.Provisions[0].Path);
    }
}
