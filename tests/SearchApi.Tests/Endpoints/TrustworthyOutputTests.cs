using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>
/// The service just past a year boundary: 01:30 on 2 January 2027 in Vietnam, which is still 1 January in UTC.
/// The demo's second recommendation was sent on 20/10/2025 and never answered (deadline 19/11/2025).
/// </summary>
public sealed class NewYearService : RunningService
{
    public static readonly DateTimeOffset Now = new(2027, 1, 2, 1, 30, 0, TimeSpan.FromHours(7));

    public FakeTimeProvider Time { get; } = new(Now);

    protected override TimeProvider? Clock => Time;
}

/// <summary>
/// What an officer reads and copies into a dispatch, over the real service and CLI on the demo corpus: one
/// answer for effect, overdue and "today", documents named by number, diffs in the law's own words.
/// </summary>
public sealed partial class TrustworthyOutputTests(NewYearService service) : IClassFixture<NewYearService>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Today_IsTheVietnamDay_InTheSessionAndTheTracker()
    {
        var session = await Json(await service.Viewer.GetAsync("/api/auth/session"));
        var list = await Json(await service.Viewer.GetAsync("/api/recommendations?overdue=true"));

        Assert.Equal("2027-01-02", session.GetProperty("today").GetString());
        var overdue = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("312/STP-XDKTVB", overdue.GetProperty("dispatchNumber").GetString());
        Assert.Equal(409, overdue.GetProperty("daysOverdue").GetInt32()); // 19/11/2025 → 02/01/2027
    }

    [Fact]
    public async Task Instants_AreWrittenAtVietnamsOffset_SoTheirDayIsTheOfficersDay()
    {
        var findings = await Json(await service.Viewer.GetAsync("/api/findings"));
        var first = findings.GetProperty("items").EnumerateArray().First(f => f.GetProperty("id").GetInt64() == 1);

        Assert.Equal("2023-11-27T09:00:00+07:00", first.GetProperty("createdAt").GetString()); // the demo finding recorded at 02:00 UTC
        Assert.All(findings.GetProperty("items").EnumerateArray(), f => Assert.EndsWith("+07:00", f.GetProperty("updatedAt").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task PeriodReport_CountsARecommendationSentThePreviousYear_AndStillUnanswered_InUiDocxAndXlsx()
    {
        var report = await Json(await service.Viewer.GetAsync("/api/reports/recommendations?year=2026"));

        Assert.Equal("2026-12-31", report.GetProperty("asOf").GetString());
        var overdue = Assert.Single(report.GetProperty("overdue").EnumerateArray());
        Assert.Equal(407, overdue.GetProperty("daysOverdue").GetInt32());
        Assert.Equal(1, report.GetProperty("totals").GetProperty("overdue").GetInt32());
        Assert.Equal(0, report.GetProperty("totals").GetProperty("sent").GetInt32()); // sent in 2025, not in this period
        var body = Assert.Single(report.GetProperty("byAuthority").EnumerateArray(), r => r.GetProperty("figures").GetProperty("hasRecommendations").GetBoolean());
        Assert.Equal("Ủy ban nhân dân tỉnh Hòa Phong", body.GetProperty("group").GetString()); // the page's table by body lists it

        var docx = await service.Viewer.GetByteArrayAsync("/api/reports/recommendations?year=2026&format=docx");
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.DoesNotContain("không có kiến nghị quá hạn", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Trong kỳ không có kiến nghị gửi cơ quan có thẩm quyền", text, StringComparison.Ordinal); // its body's row, overdue 1
            Assert.Contains("Tỷ lệ trả lời đúng hạn: 0% (0/1 kiến nghị đến hạn).", text, StringComparison.Ordinal); // the one overdue is the one due
            Assert.Contains("312/STP-XDKTVB", text, StringComparison.Ordinal);
        }

        var xlsx = await service.Viewer.GetByteArrayAsync("/api/reports/recommendations?year=2026&format=xlsx");
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var strings = string.Join("\n", sheet.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? string.Empty,
            string.Join("\n", sheet.WorkbookPart.WorksheetParts.Select(p => p.Worksheet.InnerText)));
        Assert.Contains("312/STP-XDKTVB", strings, StringComparison.Ordinal);
        Assert.DoesNotMatch(Slug(), strings);
    }

    [Fact]
    public async Task Report2025_CountsFindingsByTheDayTheyWereFound_NotTheDayOfImport()
    {
        var report = await Json(await service.Viewer.GetAsync("/api/reports/recommendations?year=2025"));

        Assert.Equal(1, report.GetProperty("totals").GetProperty("findingsFound").GetInt32()); // found 02/04/2025
        Assert.Equal(2, report.GetProperty("totals").GetProperty("sent").GetInt32());
        var history = await Json(await service.Viewer.GetAsync("/api/recommendations/2/history"));
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("at").GetString()!.StartsWith("2025-10-20", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cli_OnTheSameClock_GivesTheSameOverdueCount_AndWritesNoColourToAPipe()
    {
        var clock = new Dictionary<string, string?> { ["LAWMONITOR_CLOCK"] = NewYearService.Now.ToString("O"), ["NO_COLOR"] = null };

        var list = await Support.Cli.RunWithEnvironmentAsync(clock, "recommendations", "--overdue", "--data", service.DataDirectory, "--json");
        var report = await Support.Cli.RunWithEnvironmentAsync(clock, "report", "--year", "2026", "--data", service.DataDirectory);
        var table = await Support.Cli.RunWithEnvironmentAsync(clock, "recommendations", "--overdue", "--data", service.DataDirectory);
        var tasks = await Support.Cli.RunWithEnvironmentAsync(clock, "tasks", "--overdue", "--data", service.DataDirectory);
        var usage = await Support.Cli.RunAsync("search", "--help");

        Assert.Equal(0, list.ExitCode);
        Assert.Contains("\"dispatchNumber\": \"312/STP-XDKTVB\"", list.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("31/12/2026", report.Stdout, StringComparison.Ordinal);
        Assert.Contains("407", report.Stdout, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ trả lời đúng hạn: 0% (0/1 kiến nghị đến hạn).", Regex.Replace(report.Stdout, @"\s+", " "), StringComparison.Ordinal); // as the DOCX says it
        Assert.DoesNotContain("\u001b[", report.Stdout, StringComparison.Ordinal);
        Assert.Contains("đã gửi (quá hạn 409 ngày)", table.Stdout, StringComparison.Ordinal); // as the tracker's API says, 19/11/2025 → 02/01/2027
        Assert.Contains("quá hạn 94 ngày", tasks.Stdout, StringComparison.Ordinal); // the survey due "trước ngày 30/9/2026", under its deadline
        Assert.Contains("./lawmonitor search", usage.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("LawMonitor.SearchApi", usage.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_KnowsWhatWasRepealed_AndSaysANumberIsNotHeld()
    {
        var ended = await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("hieu-luc:het-hieu-luc phoi hop")));
        var number = await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("nd 59/2012")));

        Assert.NotEmpty(ended.GetProperty("hits").EnumerateArray());
        Assert.All(ended.GetProperty("hits").EnumerateArray(), h => Assert.Equal(("het-hieu-luc", "Quyết định số 12/2019/QĐ-UBND"), (h.GetProperty("status").GetString(), h.GetProperty("documentLabel").GetString())));
        var lookup = Assert.Single(number.GetProperty("numbers").EnumerateArray());
        Assert.Empty(lookup.GetProperty("held").EnumerateArray());
        Assert.Matches(@"^Không có văn bản 59/2012/NĐ-CP trong kho — \d+ văn bản viện dẫn văn bản này$", lookup.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Findings_NameTheActThatEndedABasis_AndQuoteTheLawAsWritten_WithoutSlugsOrMarkup()
    {
        var findings = await Json(await service.Viewer.GetAsync("/api/findings?size=100"));
        var items = findings.GetProperty("items").EnumerateArray().ToList();

        var lapsed = items.First(f => f.GetProperty("foundBy").GetString() == "rule:lapsed-basis");
        Assert.Contains("đã được thay thế bởi Nghị định số 80/2025/NĐ-CP", lapsed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("05/2025", lapsed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bộ phát hiện căn cứ hết hiệu lực", lapsed.GetProperty("foundByName").GetString());
        var ended = items.Single(f => f.GetProperty("foundBy").GetString() == "rule:ended-programme");
        Assert.Equal("Không khả thi, không còn phù hợp", ended.GetProperty("className").GetString());

        var contradiction = items.Single(f => f.GetProperty("class").GetString() == "contradiction");
        var text = contradiction.GetProperty("description").GetString()!;
        Assert.Contains("bảo vệ môi trường", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bảo về", text, StringComparison.Ordinal);
        var diff = contradiction.GetProperty("evidence")[0].GetProperty("diff").EnumerateArray().ToList();
        Assert.Contains(diff, d => d.GetProperty("kind").GetString() == "changed" && d.GetProperty("left").GetString() == "30" && d.GetProperty("right").GetString() == "15");
        var suggested = contradiction.GetProperty("suggestedContent").GetString()!;
        // One UBND ruled twice: the earlier clause is the one to repeal or amend, named as the clause that differs, not the whole article.
        Assert.True(suggested.StartsWith("Kiến nghị bãi bỏ Quyết định số 08/2021/QĐ-UBND, khoản 1 Điều 7 Quy chế (được quy định lại, khác đi, tại Quyết định số 17/2022/QĐ-UBND, khoản 1 Điều 7 Quy chế, ban hành sau)", StringComparison.Ordinal), suggested);
        Assert.Equal("rule:later-restatement", contradiction.GetProperty("foundBy").GetString());
        Assert.Equal("Xử lý vi phạm hành chính", contradiction.GetProperty("field").GetString()); // the field the acted-on decision's title names
        Assert.Contains("có thể đã bị thay thế ngầm", text, StringComparison.Ordinal);
        var overlap = items.Single(f => f.GetProperty("class").GetString() == "overlap").GetProperty("description").GetString()!;
        Assert.StartsWith("Quyết định số 08/2021/QĐ-UBND (khoản 1 và khoản 2 Điều 5 Quy chế) và Quyết định số 17/2022/QĐ-UBND (khoản 1 và khoản 2 Điều 5 Quy chế)", overlap, StringComparison.Ordinal);

        foreach (var f in items)
        {
            var shown = string.Join("\n", new[] { f.GetProperty("description").GetString(), f.GetProperty("suggestedContent").GetString(), f.GetProperty("foundByName").GetString(), f.GetProperty("className").GetString() }
                .Concat(f.GetProperty("provisions").EnumerateArray().Select(p => p.GetProperty("label").GetString()))
                .Concat(f.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("note").GetString() + " " + e.GetProperty("referenceLabel").GetString() + " " + e.GetProperty("kindName").GetString())));
            Assert.DoesNotMatch(Slug(), shown);
            Assert.DoesNotContain("{+", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("rule:", shown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Report_ThatRecommendsAnAmendment_IsAMention_NotAnAmendment()
    {
        var hits = await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("08/2021/QĐ-UBND")));
        var id = hits.GetProperty("numbers")[0].GetProperty("held")[0].GetProperty("documentId").GetString()!;
        var details = await Json(await service.Viewer.GetAsync("/api/documents/" + id));

        var fromReport = details.GetProperty("citedBy").EnumerateArray().Where(c => c.GetProperty("documentLabel").GetString() == "Báo cáo số 118/BC-STP").ToList();
        Assert.NotEmpty(fromReport);
        Assert.All(fromReport, c => Assert.Equal("references", c.GetProperty("relation").GetString()));
        Assert.Equal("Quyết định số 08/2021/QĐ-UBND", details.GetProperty("label").GetString());
    }

    /// <summary>An internal document id: "qd-08-2021-quy-che-xu-ly-vi-pham-e44925".</summary>
    [GeneratedRegex(@"\b[a-z]{2,3}-\d{2,3}-\d{4}-[a-z0-9-]+-[0-9a-f]{6}\b")]
    private static partial Regex Slug();
}
