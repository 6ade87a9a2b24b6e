using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LawMonitor.Indexer.Tests.Support.Files;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Endpoints;
using LawMonitor.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LawMonitor.SearchApi.Tests.Ui;

/// <summary>
/// Plans, their tasks and the reports owed, in a real browser against the real service over the demo corpus, the
/// server's clock on 01/12/2026: an officer uploads a plan with its task appendix (DOCX, merged cells) and an
/// inspection report, confirms the tasks read from it, marks one done with the report, sees the overdue ones in
/// red, sees who has not sent their yearly report, and downloads the annual report, whose figures are checked
/// against the registers as the API lists them.
/// </summary>
public sealed partial class PlanJourneyTests(ClockedService service, BrowserFixture browser) : IClassFixture<ClockedService>, IClassFixture<BrowserFixture>
{
    private const string Password = "mật-khẩu-đủ-dài-2026";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string BaseUrl => service.Client.BaseAddress!.ToString().TrimEnd('/');

    private static string Report =>
        "ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSỞ TƯ PHÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 95/BC-STP\nHòa Phong, ngày 28 tháng 8 năm 2026\n" +
        "BÁO CÁO\nKết quả kiểm tra tình hình thi hành pháp luật về hộ tịch tại Ủy ban nhân dân phường Đông Sơn\n" +
        "Thực hiện Kế hoạch số 60/KH-UBND, Sở Tư pháp đã kiểm tra 120 hồ sơ đăng ký hộ tịch; 03 hồ sơ thiếu giấy tờ chứng minh nơi cư trú.\n" +
        "Nơi nhận:\n- Ủy ban nhân dân tỉnh;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn Thành";

    [Fact]
    public async Task Officer_UploadsAPlan_ConfirmsItsTasks_MarksOneDone_SeesTheOverdue_AndTheAnnualReportAgreesWithTheRegisters()
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl);
        await using var _ = context;
        var name = $"analyst{Guid.NewGuid():N}"[..16];
        Assert.NotNull(service.Services.GetRequiredService<AccountStore>().Create(name, "Nguyễn Thị Lan", Role.Analyst, Password).Account);
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(name);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).WaitForAsync();

        // 1. The demo's own plan is there already: its overdue tasks in red.
        await page.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Kế hoạch & nhiệm vụ" }).WaitForAsync();
        await page.Locator("tr.overdue", new() { HasText = "Khảo sát tình hình thi hành pháp luật về bảo vệ môi trường" }).WaitForAsync();
        await BrowserFixture.ShotAsync(page, "15-ke-hoach-nhiem-vu");
        await AssertReadableAsync(page);

        // 2. Upload a plan with its task appendix, and an inspection report: the tasks are proposed.
        var plan = WrittenPlan.Load("kh-60-2026-kiem-tra");
        await page.Locator("#plan-file").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "kh-60-2026-kiem-tra.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = plan.Docx() },
            new FilePayload { Name = "bc-95-2026-ho-tich.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Report) },
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nạp và đọc nhiệm vụ" }).ClickAsync();
        var proposals = page.Locator("tr", new() { HasText = "Kế hoạch số 60/KH-UBND" });
        await proposals.First.WaitForAsync();
        Assert.Equal(6, await proposals.CountAsync());
        Assert.Contains("Phụ lục I, STT 2", await proposals.Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, "16-nhiem-vu-de-xuat");

        // The plan's page ends its tree with the task appendix, which reads as the table it is.
        await proposals.Nth(1).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch số 60/KH-UBND, Phụ lục I, STT 2" }).ClickAsync();
        await page.Locator("button.node", new() { HasText = "Phụ lục I" }).ClickAsync();
        await Assertions.Expect(page.Locator("#provision h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Phụ lục I"));
        Assert.Equal("Đơn vị chủ trì", await page.Locator("#provision table th").Nth(1).InnerTextAsync()); // the task table as a table
        Assert.Equal("Sở Tư pháp", await page.Locator("#provision table tbody tr").Nth(1).Locator("td").Nth(1).InnerTextAsync()); // a merged cell repeats the one above
        Assert.Equal(0, await page.Locator("#provision").GetByRole(AriaRole.Button, new() { Name = "Theo dõi quy định này" }).CountAsync());
        await BrowserFixture.ShotAsync(page, "16b-phu-luc-ke-hoach");
        await page.Locator("button.node", new() { HasText = "MỤC ĐÍCH, YÊU CẦU" }).ClickAsync();
        await Assertions.Expect(page.Locator("#provision h2")).ToHaveTextAsync("Mục I — MỤC ĐÍCH, YÊU CẦU"); // its words, not taken for a label

        // The demo's plan lists its items as it numbers them, with their first words ("1. Mục đích", not "Khoản 1"), each named within its section.
        var demoPlan = (await GetAsync("/api/search?q=" + Uri.EscapeDataString("so:14/KH-UBND"))).GetProperty("hits")[0].GetProperty("documentId").GetString()!;
        await page.GotoAsync("/van-ban/" + Uri.EscapeDataString(demoPlan));
        var item = page.Locator("button.node[data-path='Mục I.1']");
        await item.ClickAsync();
        Assert.Equal("1. Mục đích", (await item.InnerTextAsync()).Trim());
        Assert.Equal(0, await page.Locator("button.node", new() { HasTextString = "Khoản" }).CountAsync());
        await Assertions.Expect(page.Locator("#provision h2")).ToHaveTextAsync("Mục I.1 — Mục đích");
        await BrowserFixture.ShotAsync(page, "16c-muc-ke-hoach");

        // From the plan's page to its tasks, and back to every plan's.
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Nhiệm vụ của kế hoạch \(\d+\)$") }).ClickAsync();
        await Assertions.Expect(page.Locator("main p.muted").First).ToContainTextAsync("nhiệm vụ của Kế hoạch số 14/KH-UBND");
        Assert.All(await page.Locator("tbody tr td:first-child .hint").AllInnerTextsAsync(), source => Assert.StartsWith("Kế hoạch số 14/KH-UBND", source, StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Link, new() { Name = "mọi kế hoạch" }).ClickAsync();
        await Assertions.Expect(page.Locator("main p.muted").First).Not.ToContainTextAsync("của Kế hoạch số 14/KH-UBND");

        // A search hit in the task table opens that appendix.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("kiem tra cong tac theo doi thi hanh phap luat tai So Xay dung"));
        var hit = page.Locator("article.hit", new() { HasText = "Kế hoạch số 60/KH-UBND" }).First;
        Assert.StartsWith("Phụ lục I — ", await hit.Locator("h3").InnerTextAsync(), StringComparison.Ordinal);
        await hit.Locator("h3 a").ClickAsync();
        await Assertions.Expect(page.Locator("#provision h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Phụ lục I"));
        await page.GotoAsync("/ke-hoach?trang-thai=proposed");
        await proposals.First.WaitForAsync();

        // 3. Confirm each proposal.
        for (var i = 0; i < 6; i++)
        {
            var row = page.Locator("tr", new() { HasText = "Kế hoạch số 60/KH-UBND" }).First;
            await row.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
            await page.GetByText("Đã cập nhật nhiệm vụ.").Last.WaitForAsync();
            await Assertions.Expect(page.Locator("tr", new() { HasText = "Kế hoạch số 60/KH-UBND" })).ToHaveCountAsync(5 - i);
        }

        // 4. Mark the inspection of civil status done, with its report.
        await page.GotoAsync("/ke-hoach?co-quan=" + Uri.EscapeDataString("Sở Tư pháp"));
        var civil = page.Locator("tr", new() { HasText = "hộ tịch tại Ủy ban nhân dân phường Đông Sơn" });
        await civil.WaitForAsync();
        await civil.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).ClickAsync();
        await page.GetByLabel("Văn bản, báo cáo thể hiện kết quả").FillAsync("95/BC-STP");
        await page.GetByLabel("Ngày hoàn thành").FillAsync("2026-08-28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).Last.ClickAsync();
        await page.GetByText("Đã cập nhật nhiệm vụ.").Last.WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đã hoàn thành" }).ClickAsync();
        await page.Locator("a", new() { HasText = "hộ tịch tại Ủy ban nhân dân phường Đông Sơn" }).ClickAsync();
        await page.GetByText("Báo cáo số 95/BC-STP").First.WaitForAsync();
        Assert.Contains("28/08/2026", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, "17-nhiem-vu-hoan-thanh");
        await AssertReadableAsync(page);

        // 5. The overdue: the inspection due in Quý II is red, 154 days late on 01/12/2026.
        await page.GotoAsync("/ke-hoach?trang-thai=qua-han");
        var late = page.Locator("tr.overdue", new() { HasText = "xử lý vi phạm hành chính tại Ủy ban nhân dân xã Tân Lập" });
        await late.WaitForAsync();
        Assert.Contains("Quá hạn 154 ngày", await late.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Quý II", await late.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, "18-nhiem-vu-qua-han");

        // 6. Who has sent the yearly report: Công an tỉnh late, Sở Y tế not at all.
        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo định kỳ" }).ClickAsync();
        var missing = page.Locator("tr.overdue", new() { HasText = "Sở Y tế" }).First;
        await missing.WaitForAsync();
        Assert.Contains("chưa nhận, quá hạn", await missing.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("\tBáo cáo công tác theo dõi tình hình thi hành pháp luật\t", await missing.InnerTextAsync(), StringComparison.Ordinal); // a cell reads as a title
        Assert.Contains("đã nhận, muộn", await page.Locator("tr", new() { HasText = "Công an tỉnh" }).First.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, "19-bao-cao-dinh-ky");
        await AssertReadableAsync(page);

        // 7. The annual report: the page, and the Word draft opened and checked against the registers.
        await page.GotoAsync("/bao-cao?nam=2026");
        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo năm 2026 về theo dõi thi hành pháp luật" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo công tác theo dõi tình hình thi hành pháp luật năm 2026" }).WaitForAsync();
        await BrowserFixture.ShotAsync(page, "20-bao-cao-nam");
        await AssertReadableAsync(page);
        var shown = await page.Locator("table.figures tr", new() { HasText = "Kế hoạch số 60/KH-UBND" }).Locator("td.num").AllInnerTextsAsync();
        var shownColumns = await page.Locator("table.figures", new() { HasText = "Kế hoạch số 60/KH-UBND" }).Locator("th").AllInnerTextsAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Dự thảo báo cáo (Word)" }).ClickAsync());
        var file = Path.Combine(BrowserFixture.Screenshots, "bao-cao-theo-doi-thi-hanh-phap-luat-2026.docx");
        await download.SaveAsAsync(file);
        using var word = WordprocessingDocument.Open(file, false);
        var body = word.MainDocumentPart!.Document.Body!;

        // The plan's row as the registers give it: tasks, done on time, done late, open, overdue, cancelled.
        var tasks = await GetAsync("/api/tasks?plan=" + Uri.EscapeDataString("60/KH-UBND"));
        var items = tasks.GetProperty("items").EnumerateArray().ToList();
        int[] expected =
        [
            items.Count,
            items.Count(t => t.GetProperty("status").GetString() == "done" && !t.GetProperty("doneLate").GetBoolean()),
            items.Count(t => t.GetProperty("doneLate").GetBoolean()),
            items.Count(t => t.GetProperty("status").GetString() is "planned" or "inProgress" && !t.GetProperty("overdue").GetBoolean()),
            items.Count(t => t.GetProperty("overdue").GetBoolean()),
            items.Count(t => t.GetProperty("status").GetString() == "cancelled"),
        ];
        Assert.Equal([6, 1, 0, 1, 4, 0], expected);
        Assert.Equal(expected, Row(body, "Kế hoạch", "Kế hoạch số 60/KH-UBND"));
        Assert.Equal(expected, shown.Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture))); // the page reads as the draft does
        Assert.Equal(Columns(body, "Kế hoạch").Skip(2), shownColumns.Skip(1).Select(c => c.Trim())); // under the same headings

        // Each body's reports as the registers list them: owed, on time, late, missing, not yet due.
        var reports = (await GetAsync("/api/obligations/reports?year=2026")).EnumerateArray().ToList();
        foreach (var reporter in new[] { "Công an tỉnh", "Sở Y tế", "Sở Nông nghiệp và Môi trường" })
        {
            var own = reports.Where(r => r.GetProperty("body").GetString() == reporter).Select(r => r.GetProperty("state").GetString()).ToList();
            Assert.NotEmpty(own);
            Assert.Equal(new[] { own.Count, own.Count(s => s == "onTime"), own.Count(s => s == "late"), own.Count(s => s == "missing"), own.Count(s => s is "pending" or "dueSoon") }, Row(body, "Phải gửi", reporter));
        }

        // The recommendations overdue, in the page's words and the draft's alike (with those sent before the year).
        var overdue = (await GetAsync("/api/reports/annual?year=2026")).GetProperty("recommendations").GetProperty("overdueInWords").GetString();
        Assert.Contains($"quá hạn chưa được trả lời {overdue}.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"Kiến nghị quá hạn chưa được trả lời: {overdue}.", body.InnerText, StringComparison.Ordinal);

        Assert.Contains(AnnualPlaceholder, body.InnerText, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    private const string AnnualPlaceholder = "[Cán bộ theo dõi viết:";

    /// <summary>The numbers of the row naming <paramref name="group"/> in its second cell, in the table whose header has a cell <paramref name="column"/>.</summary>
    private static int[] Row(Body body, string column, string group)
    {
        var table = body.Elements<Table>().First(t => t.Elements<TableRow>().First().Elements<TableCell>().Any(c => c.InnerText == column));
        var row = table.Elements<TableRow>().First(r => r.Elements<TableCell>().ElementAtOrDefault(1)?.InnerText.StartsWith(group, StringComparison.Ordinal) == true);
        return [.. row.Elements<TableCell>().Skip(2).Select(c => int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>The header cells of the table whose header has a cell <paramref name="column"/>.</summary>
    private static IEnumerable<string> Columns(Body body, string column) =>
        body.Elements<Table>().First(t => t.Elements<TableRow>().First().Elements<TableCell>().Any(c => c.InnerText == column))
            .Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText);

    private async Task<JsonElement> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", service.CreateToken(Role.Viewer));
        using var response = await service.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json));
    }

    private static async Task AssertReadableAsync(IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotMatch(IdPattern(), text);
        Assert.DoesNotContain("rule:", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(?:proposed|planned|inProgress|onTime|dueSoon|missing|recurring|continuous)\b", text);
    }

    [GeneratedRegex(@"\b[a-z]{2,3}-\d{2,3}-\d{4}-[a-z0-9-]+-[0-9a-f]{6}\b")]
    private static partial Regex IdPattern();
}
