using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>
/// The report drafts' letterhead as an admin sets it in the web UI, over real HTTP on Kestrel: the demo province's on
/// first start, checked when changed, carried by both DOCX drafts, refused to other roles, and given back to the settings.
/// </summary>
public sealed class LetterheadEndpointTests : IClassFixture<RunningService>, IDisposable
{
    private readonly RunningService service;
    private readonly HttpClient admin;

    public LetterheadEndpointTests(RunningService service)
    {
        this.service = service;
        admin = new HttpClient { BaseAddress = service.Client.BaseAddress };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.CreateToken(Role.Admin));
    }

    public void Dispose() => admin.Dispose();

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<string> DocxText(string path)
    {
        using var response = await service.Viewer.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var word = WordprocessingDocument.Open(stream, false);
        return word.MainDocumentPart!.Document.InnerText;
    }

    [Fact]
    public async Task TheDemoProvincesLetterhead_IsOnTheDrafts_AnAdminChangesIt_WithEachFieldChecked_AndGoesBackToTheSettings()
    {
        // First start: the demo corpus's province, on the annual draft, no placeholder left.
        var first = await Json(await admin.GetAsync("/api/admin/letterhead"));
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", first.GetProperty("parentBody").GetString());
        Assert.True(first.GetProperty("setInWebUi").GetBoolean());
        var annual = await DocxText("/api/reports/annual?year=2026&format=docx");
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", annual, StringComparison.Ordinal);
        Assert.Contains("Hòa Phong, ngày", annual, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn Thành", annual, StringComparison.Ordinal);
        Assert.DoesNotContain("TỈNH …", annual, StringComparison.Ordinal);

        // Each field is checked and named; nothing is changed by a refused request.
        using var refused = await admin.PutAsJsonAsync("/api/admin/letterhead", new { parentBody = " ", body = "SỞ TƯ PHÁP", symbol = "bc stp", place = "Bình An", signerTitle = new[] { "A", "B", "C", "D" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await Json(refused)).GetProperty("errors");
        Assert.Equal(["parentBody", "signerTitle", "symbol"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", (await Json(await admin.GetAsync("/api/admin/letterhead"))).GetProperty("parentBody").GetString());

        // Changed: both drafts carry it.
        using var changed = await admin.PutAsJsonAsync("/api/admin/letterhead",
            new { parentBody = "ỦY BAN NHÂN DÂN TỈNH BÌNH AN", body = "SỞ TƯ PHÁP", symbol = "BC-STP", place = "Bình An", signerTitle = new[] { "KT. GIÁM ĐỐC", " PHÓ GIÁM ĐỐC ", "" }, signer = "Trần Thị Hoa" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], (await Json(changed)).GetProperty("signerTitle").EnumerateArray().Select(t => t.GetString()));
        var recommendations = await DocxText("/api/reports/recommendations?year=2026&format=docx");
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH BÌNH AN", recommendations, StringComparison.Ordinal);
        Assert.Contains("KT. GIÁM ĐỐC", recommendations, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Hoa", recommendations, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Hoa", await DocxText("/api/reports/annual?year=2026&format=docx"), StringComparison.Ordinal);

        // Only an admin sets it.
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Viewer.PutAsJsonAsync("/api/admin/letterhead", new { parentBody = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Viewer.GetAsync("/api/admin/letterhead")).StatusCode);

        // Back to the settings: their placeholder, marked as not set in the web UI.
        var back = await Json(await admin.DeleteAsync("/api/admin/letterhead"));
        Assert.False(back.GetProperty("setInWebUi").GetBoolean());
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH …", back.GetProperty("parentBody").GetString());
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH …", await DocxText("/api/reports/annual?year=2026&format=docx"), StringComparison.Ordinal);
    }
}
