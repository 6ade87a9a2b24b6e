using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using LawMonitor.SearchApi.Security;
using Microsoft.Extensions.DependencyInjection;
using LawMonitor.SearchApi.Tests.Support;
using LawMonitor.SearchApi.Background;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>
/// Saved searches, watches and their notifications over real HTTP: documents uploaded after a subscription
/// reach its owner (and only them) with the reason, once the background run after the batch has checked;
/// a saved search has an Atom feed. Also the text and version diff of a document.
/// </summary>
public sealed class AlertEndpointTests(RunningService service) : IClassFixture<RunningService>
{
    private HttpClient As(string token)
    {
        var client = new HttpClient { BaseAddress = service.Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string name, string text, string? sourceKey = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name);
        if (sourceKey is not null)
        {
            form.Add(new StringContent(sourceKey), "sourceKey");
        }

        var response = await client.PostAsync("/api/documents", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>The owner's notifications once the detectors' background run after the last upload has checked the alerts.</summary>
    private async Task<List<JsonElement>> Notifications(HttpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await service.Services.GetRequiredService<DetectionRunner>().WhenIdleAsync(timeout.Token);
        return (await Json(await client.GetAsync("/api/alerts/notifications"))).GetProperty("items").EnumerateArray().ToList();
    }

    private const string Amendment = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 31/2026/QĐ-UBND
        Hòa Phong, ngày 10 tháng 3 năm 2026
        QUYẾT ĐỊNH
        Sửa đổi Quy chế phối hợp theo dõi tình hình thi hành pháp luật về bảo vệ môi trường
        Điều 1. Sửa đổi, bổ sung Điều 5 của Quyết định số 17/2022/QĐ-UBND ngày 09 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh về nguyên tắc phối hợp.
        Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2026.
        """;

    [Fact]
    public async Task SavedSearchAndWatches_NotifyTheirOwnerOfWhatArrives_WithTheReason()
    {
        using var lan = As(service.CreateToken(Role.Analyst));
        using var minh = As(service.CreateToken(Role.Viewer));
        var saved = await Json(await lan.PostAsJsonAsync("/api/alerts/saved-searches", new { query = "nguyên tắc phối hợp môi trường", name = "Phối hợp môi trường" }));
        var document = await Json(await lan.PostAsJsonAsync("/api/alerts/watches", new { document = "17/2022/QĐ-UBND" }));
        var provision = await Json(await lan.PostAsJsonAsync("/api/alerts/watches", new { document = "17/2022/QĐ-UBND", path = "Điều 7" }));
        Assert.Equal("Điều 7 Quy chế ban hành kèm theo Quyết định số 17/2022/QĐ-UBND", provision.GetProperty("label").GetString()); // its Điều 7 is the quy chế's it issued
        Assert.Empty(await Notifications(lan)); // what existed when they subscribed is not news

        await Upload(lan, "qd-31-2026.txt", Amendment);

        var items = await Notifications(lan);
        Assert.True(items.Count == 2, string.Join("\n", items.Select(i => i.ToString())));
        var amended = Assert.Single(items, n => n.GetProperty("subscription").GetString() == "watch");
        Assert.Equal(document.GetProperty("id").GetInt64(), amended.GetProperty("subscriptionId").GetInt64());
        Assert.Equal("Bạn theo dõi Quyết định số 17/2022/QĐ-UBND", amended.GetProperty("reason").GetString());
        Assert.StartsWith("Điều 5 Quy chế được sửa đổi bởi Quyết định số 31/2026/QĐ-UBND", amended.GetProperty("message").GetString(), StringComparison.Ordinal); // "Điều 5 của Quyết định số 17/2022", placed in its quy chế
        var matched = Assert.Single(items, n => n.GetProperty("subscription").GetString() == "search");
        Assert.Equal("Khớp tìm kiếm đã lưu “Phối hợp môi trường”", matched.GetProperty("reason").GetString());
        Assert.Empty(await Notifications(minh));

        var feedUrl = saved.GetProperty("feedUrl").GetString()!;
        var feed = await service.Client.GetAsync(feedUrl);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var atom = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Contains("31/2026/QĐ-UBND", Assert.Single(atom.Root!.Elements(ns + "entry")).Element(ns + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync(feedUrl[..^4] + "0000")).StatusCode);

        Assert.Equal(2, await (await lan.PostAsJsonAsync("/api/alerts/notifications/read", new { })).Content.ReadFromJsonAsync<int>());
        Assert.Equal(0, (await Json(await lan.GetAsync("/api/alerts/notifications"))).GetProperty("unread").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await minh.DeleteAsync($"/api/alerts/watches/{document.GetProperty("id").GetInt64()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await lan.DeleteAsync($"/api/alerts/watches/{document.GetProperty("id").GetInt64()}")).StatusCode);
    }

    [Fact]
    public async Task Subscriptions_AreChecked_AndNeedAnAccount()
    {
        using var lan = As(service.CreateToken(Role.Viewer));

        Assert.True((await Json(await lan.PostAsJsonAsync("/api/alerts/watches", new { document = "99/2099/QĐ-UBND" }))).GetProperty("errors").TryGetProperty("document", out _));
        Assert.True((await Json(await lan.PostAsJsonAsync("/api/alerts/watches", new { document = "17/2022/QĐ-UBND", path = "Điều mười" }))).GetProperty("errors").TryGetProperty("path", out _));
        Assert.True((await Json(await lan.PostAsJsonAsync("/api/alerts/saved-searches", new { query = " " }))).GetProperty("errors").TryGetProperty("query", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client.GetAsync("/api/alerts/notifications")).StatusCode);
    }

    [Fact]
    public async Task NewVersion_HasItsTextAndALineDiff_AndTheOriginalIsDownloadedSandboxed()
    {
        using var lan = As(service.CreateToken(Role.Analyst));
        var first = "QUYẾT ĐỊNH\nVề lịch tiếp công dân\nĐiều 1. Lịch tiếp\nTiếp công dân vào thứ Hai hằng tuần.\nĐiều 2. Địa điểm\nTại trụ sở tiếp công dân tỉnh.\n";
        var id = (await Json(await Upload(lan, "lich-tiep.txt", first, "lich-tiep-cong-dan")))[0].GetProperty("documentId").GetString()!;
        await Upload(lan, "lich-tiep.txt", first.Replace("thứ Hai", "thứ Hai và thứ Năm", StringComparison.Ordinal), "lich-tiep-cong-dan");

        var diff = await Json(await lan.GetAsync($"/api/documents/{id}/versions/1/diff/2"));
        Assert.Equal((1, 1), (diff.GetProperty("inserted").GetInt32(), diff.GetProperty("deleted").GetInt32()));
        var lines = diff.GetProperty("lines").EnumerateArray().ToList();
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "deleted" && l.GetProperty("text").GetString()!.Contains("vào thứ Hai hằng", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.GetProperty("kind").GetString() == "inserted" && l.GetProperty("text").GetString()!.Contains("thứ Hai và thứ Năm", StringComparison.Ordinal));
        Assert.Contains("thứ Năm", await lan.GetStringAsync($"/api/documents/{id}/text"), StringComparison.Ordinal);
        Assert.DoesNotContain("thứ Năm", await lan.GetStringAsync($"/api/documents/{id}/text?version=1"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await lan.GetAsync($"/api/documents/{id}/versions/1/diff/9")).StatusCode);

        var file = await lan.GetAsync($"/api/documents/{id}/versions/1/file");
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("sandbox", file.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
