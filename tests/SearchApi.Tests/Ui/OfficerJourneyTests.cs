using DocumentFormat.OpenXml.Packaging;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Endpoints;
using LawMonitor.SearchApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LawMonitor.SearchApi.Tests.Ui;

/// <summary>
/// The web UI in a real browser (Debian's Chromium, headless, through Playwright) against the real service on
/// Kestrel over the demo corpus, the clock faked on the server: a legal officer's whole job, step by step,
/// with a screenshot of each step in artifacts/screenshots/.
/// </summary>
public sealed class OfficerJourneyTests(ClockedService service, BrowserFixture browser) : IClassFixture<ClockedService>, IClassFixture<BrowserFixture>
{
    private const string Password = "mật-khẩu-đủ-dài-2026";

    private string BaseUrl => service.Client.BaseAddress!.ToString().TrimEnd('/');

    private string User(Role role, string display)
    {
        var name = $"{role.ToString().ToLowerInvariant()}{Guid.NewGuid():N}"[..16];
        Assert.NotNull(service.Services.GetRequiredService<AccountStore>().Create(name, display, role, Password).Account);
        return name;
    }

    private static async Task SignInAsync(IPage page, string name)
    {
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(name);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).WaitForAsync();
    }

    [Fact]
    public async Task Officer_SearchesWithoutDiacritics_ConfirmsAFinding_DraftsAndSendsARecommendation_SeesItOverdue_AndExportsTheReport()
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl);
        await using var _ = context;

        // 1. Sign in.
        var lan = User(Role.Analyst, "Nguyễn Thị Lan");
        await SignInAsync(page, lan);
        await BrowserFixture.ShotAsync(page, "01-dang-nhap-xong");
        Assert.Contains("Nguyễn Thị Lan", await page.Locator("#user").InnerTextAsync(), StringComparison.Ordinal);

        // 2. Search typed without diacritics: the provision is found and the words are marked.
        await page.Keyboard.PressAsync("/");
        await page.Locator("#q").FillAsync("thoi han gui bao cao truoc ngay 15 thang 11");
        await page.Keyboard.PressAsync("Enter");
        var firstHit = page.Locator("article.hit").First;
        await firstHit.WaitForAsync();
        Assert.True(await firstHit.Locator("mark").CountAsync() > 0);
        Assert.Contains("báo cáo", (await firstHit.InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, "02-tim-kiem-khong-dau");

        // 3. A document number jumps to its document; the page shows its status, tree and who cites it.
        await page.Locator("#q").FillAsync("qd 12/2019");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở văn bản" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Quyết định số 12/2019/QĐ-UBND" }).WaitForAsync();
        Assert.Equal("Hết hiệu lực toàn bộ", await page.Locator(".status").First.InnerTextAsync());
        await AssertReadableAsync(page);
        Assert.Contains("Bị bãi bỏ bởi Quyết định số 05/2025/QĐ-UBND", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("button.node", new() { HasText = "Điều 8" }).ClickAsync();
        Assert.Equal("Điều 8 — Chế độ báo cáo", (await page.Locator("button.node[data-path='Quy chế: Điều 8']").InnerTextAsync()).Trim()); // as the CLI and the hits write it
        Assert.Contains("trước ngày 15 tháng 11", await page.Locator(".provision-text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Khoản 3", (await page.Locator("button.node[data-path='Quy chế: Điều 8.3']").InnerTextAsync()).Trim(), StringComparison.Ordinal); // an article's clauses by name
        await BrowserFixture.ShotAsync(page, "03-van-ban");

        // A decision's own Điều 1 and the Điều 1 of the quy chế it issues share a number: each shows its own text.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("qd 21/2025"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở văn bản" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Quyết định số 21/2025/QĐ-UBND" }).WaitForAsync();
        Assert.Equal("Còn hiệu lực", await page.Locator(".status").First.InnerTextAsync()); // from 01/12/2025, its own day
        Assert.StartsWith("Có hiệu lực từ ngày 01/12/2025", await page.Locator(".note-box").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Quy chế ban hành kèm theo", (await page.Locator(".tree-part").InnerTextAsync()).Trim());
        await page.Locator("button.node", new() { HasText = "Phạm vi điều chỉnh" }).ClickAsync();
        Assert.StartsWith("Điều 1. Phạm vi điều chỉnh", (await page.Locator(".provision-text").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal("Điều 1 Quy chế — Phạm vi điều chỉnh", await page.Locator("#provision h2").InnerTextAsync());
        await page.Locator("button.node[data-path='Điều 1']").First.ClickAsync();
        Assert.StartsWith("Điều 1. Ban hành kèm theo Quyết định này", (await page.Locator(".provision-text").InnerTextAsync()).Trim(), StringComparison.Ordinal);

        // 4. The findings queue: confirm the contradiction the detector found, its diff beside it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Phát hiện" }).ClickAsync();
        var contradiction = page.Locator("article", new() { HasText = "Mâu thuẫn" }).First;
        await contradiction.WaitForAsync();
        Assert.True(await contradiction.Locator("ins.ins").CountAsync() > 0);
        await BrowserFixture.ShotAsync(page, "04-hang-doi-phat-hien");
        await AssertReadableAsync(page);
        await contradiction.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.GetByText("Đã xác nhận phát hiện").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Đã xác nhận" }).ClickAsync();
        var confirmed = page.Locator("article", new() { HasText = "Mâu thuẫn" }).First;

        // 5. Draft a recommendation from it.
        await confirmed.GetByRole(AriaRole.Button, new() { Name = "Lập kiến nghị" }).ClickAsync();
        Assert.Equal("Quyết định số 08/2021/QĐ-UBND", await page.GetByLabel("Văn bản kiến nghị xử lý").InputValueAsync()); // prefilled by name, never by id
        Assert.Equal("Khoản 1 Điều 7 Quy chế", await page.GetByLabel("Quy định", new() { Exact = true }).InputValueAsync());
        await page.GetByLabel("Văn bản kiến nghị xử lý").FillAsync("Quyết định số 17/2022/QĐ-UBND");
        await page.GetByLabel("Quy định", new() { Exact = true }).FillAsync("khoản 1 Điều 7");
        await page.GetByLabel("Nội dung kiến nghị").FillAsync("Kiến nghị sửa đổi khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định số 17/2022/QĐ-UBND để thống nhất thời hạn gửi báo cáo với Quyết định số 08/2021/QĐ-UBND.");
        await BrowserFixture.ShotAsync(page, "05-du-thao-kien-nghi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await page.GetByText("Dự thảo", new() { Exact = true }).First.WaitForAsync();
        var recommendationUrl = page.Url;

        // 5b. Its wording improved before sending: the reason goes into its history.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sửa nội dung" }).ClickAsync();
        var editing = page.GetByRole(AriaRole.Dialog, new() { Name = "Sửa nội dung kiến nghị" });
        Assert.Contains("khoản 1 Điều 7", await editing.GetByLabel("Nội dung").InputValueAsync(), StringComparison.Ordinal);
        await editing.GetByLabel("Nội dung").FillAsync("Kiến nghị sửa đổi khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định số 17/2022/QĐ-UBND: thời hạn gửi báo cáo là trước ngày 15 tháng 11, như Quyết định số 08/2021/QĐ-UBND quy định.");
        await editing.GetByLabel("Lý do sửa").FillAsync("Nêu rõ thời hạn đề nghị");
        await editing.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await page.GetByText("Nêu rõ thời hạn đề nghị", new() { Exact = false }).WaitForAsync();
        Assert.Contains("thời hạn gửi báo cáo là trước ngày 15 tháng 11", await page.Locator("main dl").InnerTextAsync(), StringComparison.Ordinal);
        var timeline = await page.Locator("ol.timeline").InnerTextAsync();
        Assert.Contains("Sửa nội dung", timeline, StringComparison.Ordinal);
        Assert.Contains("Hình thức: Sửa đổi", timeline, StringComparison.Ordinal); // the history in words, not field names and JSON
        Assert.DoesNotContain("competentBody", timeline, StringComparison.Ordinal);

        // 6. Mark it sent (on 15/11, two weeks before the server's today): the deadline is 30 days later, not yet passed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu đã gửi" }).ClickAsync();
        await page.GetByLabel("Số công văn gửi").FillAsync("401/STP-XDKTVB");
        await page.GetByLabel("Ngày gửi").FillAsync("2026-11-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đã gửi", Exact = true }).ClickAsync();
        await page.Locator("main dl").GetByText("15/12/2026").WaitForAsync(); // the deadline (the history says it too)
        Assert.Equal(0, await page.Locator(".status.overdue").CountAsync());
        await BrowserFixture.ShotAsync(page, "06-da-gui");
        var sent = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Quyết định số 17/2022/QĐ-UBND, khoản 1 Điều 7", sent, StringComparison.Ordinal); // the target as a dispatch names it, here and in the history
        Assert.DoesNotContain("qd-17-2022", sent, StringComparison.Ordinal); // never the internal id

        // 7. Time passes on the server (the 8-hour session with it: she signs in again): after the deadline the
        //    recommendation is overdue, in the tracker too.
        service.Time.Advance(TimeSpan.FromDays(35));
        try
        {
            await SignInAsync(page, lan);
            await page.GotoAsync(recommendationUrl);
            await page.GetByText("Quá hạn 21 ngày").WaitForAsync(); // deadline 15/12/2026, today 05/01/2027
            await page.GetByRole(AriaRole.Link, new() { Name = "Kiến nghị" }).First.ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Quá hạn" }).ClickAsync();
            await page.Locator("tr.overdue", new() { HasText = "401/STP-XDKTVB" }).WaitForAsync();
            await BrowserFixture.ShotAsync(page, "07-qua-han");

            // 8. The report of the year (figures as of 31/12/2026, when it was 16 days overdue): figures, charts, and the Word draft.
            await page.GotoAsync("/bao-cao?nam=2026");
            await page.Locator("svg.chart").First.WaitForAsync();
            Assert.Contains("401/STP-XDKTVB", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            // The demo's 2025 dispatch, still unanswered, is overdue in 2026 too: the card says so beside "sent in 2026".
            Assert.Contains("chưa trả lời; 1 gửi trước kỳ", await page.Locator(".kpi", new() { HasText = "Quá hạn" }).InnerTextAsync(), StringComparison.Ordinal);
            await BrowserFixture.ShotAsync(page, "08-bao-cao");
            await AssertReadableAsync(page);
            var onTime = System.Text.RegularExpressions.Regex.Match(await page.Locator(".kpi", new() { HasText = "Trả lời đúng hạn" }).InnerTextAsync(), @"\d+(,\d)?%|—").Value;
            Assert.Matches(@"^(\d+(,\d)?%|—)$", onTime);
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo (Word)" }).ClickAsync());
            var file = Path.Combine(BrowserFixture.Screenshots, "bao-cao-tinh-hinh-xu-ly-kien-nghi.docx");
            await download.SaveAsAsync(file);
            using var word = WordprocessingDocument.Open(file, false);
            var text = word.MainDocumentPart!.Document.InnerText;
            Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
            Assert.Contains("401/STP-XDKTVB", text, StringComparison.Ordinal);
            Assert.Contains("Kiến nghị quá hạn chưa được trả lời: 2 (trong đó 1 kiến nghị gửi từ trước kỳ báo cáo).", text, StringComparison.Ordinal); // as the page's card says
            Assert.Contains($"Tỷ lệ trả lời đúng hạn: {onTime} (", text, StringComparison.Ordinal); // the page's figure, written alike ("33,3%")
        }
        finally
        {
            service.Time.AdjustTime(service.Time.GetUtcNow() - TimeSpan.FromDays(35));
        }

        Assert.Empty(errors);
    }

    /// <summary>What the screen says names documents by number and says things in words: no internal id, no code, no markup.</summary>
    private static async Task AssertReadableAsync(IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotMatch(@"\b[a-z]{2,3}-\d{2,3}-\d{4}-[a-z0-9-]+-[0-9a-f]{6}\b", text);
        Assert.DoesNotContain("rule:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{+", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[-", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b(?:lapsedBasis|contradiction|confirmed|het-hieu-luc|khong-ro|wrong-password)\b", text);
    }

    [Fact]
    public async Task OnA390PixelScreen_TheMenuStaysOneRow_NothingOverflows_AndEveryPageReadsInWords()
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl, width: 390);
        await using var _ = context;
        await SignInAsync(page, User(Role.Analyst, "Trần Văn Minh"));

        foreach (var (path, shot) in new[] { ("/", "390-viec-can-xu-ly"), ("/van-ban", "390-van-ban"), ("/?q=" + Uri.EscapeDataString("nd 59/2012"), "390-tim-so-hieu"), ("/phat-hien", "390-phat-hien"), ("/kien-nghi", "390-kien-nghi"), ("/bao-cao", "390-bao-cao"), ("/ke-hoach", "390-ke-hoach"), ("/bao-cao-dinh-ky", "390-bao-cao-dinh-ky"), ("/bao-cao/nam", "390-bao-cao-nam") })
        {
            await page.GotoAsync(path);
            await page.Locator("main h1").First.WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await BrowserFixture.ShotAsync(page, shot);
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 392, $"{path} is wider than the screen");
            Assert.True(await page.EvaluateAsync<double>("document.getElementById('nav').getBoundingClientRect().height") < 80, $"{path}: the menu stacks into a column");
            // A table's words are read across, not one letter per line: every cell holding words is as wide as a few of them.
            var narrowest = await page.EvaluateAsync<double>("Math.min(1e9, ...[...document.querySelectorAll('main td')].filter(td => td.textContent.trim().length > 12).map(td => td.getBoundingClientRect().width))");
            Assert.True(narrowest >= 120, $"{path}: a table cell is squeezed to {narrowest:0} px");
            await AssertReadableAsync(page);
        }

        await page.GotoAsync("/?q=" + Uri.EscapeDataString("nd 59/2012"));
        await page.Locator(".jump").First.WaitForAsync();
        Assert.Matches(@"Không có văn bản 59/2012/NĐ-CP trong kho — \d+ văn bản viện dẫn văn bản này", await page.Locator(".jump").First.InnerTextAsync());
        Assert.DoesNotContain("Văn bản có số hiệu", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/bao-cao");
        Assert.Equal("2026", await page.Locator("#rp-year").InputValueAsync()); // the current year on the Vietnam calendar
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Viewer_TypesAnArticleOfADecisionWithoutDiacritics_GetsThatArticleFirst_AndIsToldWhatWasRecognised()
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl);
        await using var _ = context;
        await SignInAsync(page, User(Role.Viewer, "Trần Văn Minh"));

        await page.Keyboard.PressAsync("/");
        await page.Locator("#q").FillAsync("dieu 7 qd 08/2021 bao cao");
        await page.Keyboard.PressAsync("Enter");
        var firstHit = page.Locator("article.hit").First;
        await firstHit.WaitForAsync();

        Assert.Contains("Điều 7. Thống kê, báo cáo", await firstHit.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Quyết định số 08/2021/QĐ-UBND", await firstHit.InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByText("Đã nhận ra: Điều 7 Quy chế ban hành kèm theo Quyết định số 08/2021/QĐ-UBND.").WaitForAsync(); // placed in the quy chế the decision issues
        await BrowserFixture.ShotAsync(page, "14-tim-dieu-cua-van-ban");
        var said = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Ít kết quả chứa tất cả các từ", said, StringComparison.Ordinal); // some provisions hold every word …
        Assert.DoesNotContain("không quy định nào chứa đủ mọi từ", said, StringComparison.Ordinal); // … so the page never says none does

        // A document named by its number is said once, by the card that opens it.
        await page.Locator("#q").FillAsync("Kế hoạch 14 nhiệm vụ kiểm tra");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator(".jump", new() { HasText = "Kế hoạch số 14/KH-UBND" }).WaitForAsync();
        Assert.DoesNotContain("Đã nhận ra: Kế hoạch số 14/KH-UBND.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task SignedIn_TheSearchPageSaysWhatCallsForAction_AsTheRegistersCountIt_AndEachFigureOpensItsList()
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl);
        await using var _ = context;
        await SignInAsync(page, User(Role.Viewer, "Phạm Thu Hà"));
        await page.GotoAsync("/");
        var worklist = page.Locator("section.worklist");
        await worklist.WaitForAsync();
        await BrowserFixture.ShotAsync(page, "00-viec-can-xu-ly");

        async Task<int> Total(string path) => System.Text.Json.JsonDocument.Parse(await service.Viewer.GetStringAsync(path)).RootElement.GetProperty("total").GetInt32();
        async Task<string> Figure(string label) => await worklist.Locator(".kpi", new() { HasText = label }).Locator("b").InnerTextAsync();
        var overdue = await Total("/api/recommendations?overdue=true");
        Assert.True(overdue > 0, "the demo's recommendation sent in 2025 is overdue on 1 December 2026");
        Assert.Equal(overdue.ToString(System.Globalization.CultureInfo.InvariantCulture), await Figure("Kiến nghị quá hạn"));
        Assert.Equal((await Total("/api/findings?status=open")).ToString(System.Globalization.CultureInfo.InvariantCulture), await Figure("Phát hiện chờ xem xét"));
        Assert.Equal((await Total("/api/tasks?overdue=true")).ToString(System.Globalization.CultureInfo.InvariantCulture), await Figure("Nhiệm vụ quá hạn"));
        var reports = System.Text.Json.JsonDocument.Parse(await service.Viewer.GetStringAsync("/api/obligations/reports?year=2026")).RootElement;
        var missing = reports.EnumerateArray().Count(r => r.GetProperty("state").GetString() == "missing");
        Assert.Equal(missing.ToString(System.Globalization.CultureInfo.InvariantCulture), await Figure("Báo cáo chưa nhận, quá hạn"));
        Assert.Contains("bad", await worklist.Locator(".kpi", new() { HasText = "Kiến nghị quá hạn" }).GetAttributeAsync("class") ?? "", StringComparison.Ordinal);

        await worklist.Locator(".kpi", new() { HasText = "Kiến nghị quá hạn" }).Locator("a").ClickAsync();
        await page.Locator("table").WaitForAsync();
        Assert.EndsWith("/kien-nghi?trang-thai=qua-han", page.Url, StringComparison.Ordinal);
        Assert.Equal(overdue, await page.Locator("tbody tr").CountAsync());

        // The documents last indexed, under the figures, each opening its page.
        await page.GotoAsync("/");
        var recent = page.Locator("section.worklist table.documents tbody tr");
        await recent.First.WaitForAsync();
        var listed = System.Text.Json.JsonDocument.Parse(await service.Viewer.GetStringAsync("/api/documents?size=5")).RootElement.GetProperty("items");
        Assert.Equal(listed.GetArrayLength(), await recent.CountAsync());
        Assert.Equal(listed[0].GetProperty("label").GetString(), await recent.First.Locator("a").InnerTextAsync());
        await recent.First.Locator("a").ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = listed[0].GetProperty("label").GetString() }).WaitForAsync();

        // Every document held, a page of 20 at a time, from the link under them.
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Xem cả \\d+ văn bản trong kho") }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Văn bản trong kho" }).WaitForAsync();
        var total = System.Text.Json.JsonDocument.Parse(await service.Viewer.GetStringAsync("/api/documents?size=1")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(Math.Min(total, 20), await page.Locator("table.documents tbody tr").CountAsync());
        Assert.Equal(listed[0].GetProperty("label").GetString(), await page.Locator("table.documents tbody tr").First.Locator("a").InnerTextAsync());
        Assert.Contains("Năm 2026", await page.Locator("table.documents tbody tr", new() { HasText = "Kế hoạch số 14/KH-UBND" }).InnerTextAsync(), StringComparison.Ordinal); // a plan's period, as in the hits

        // A search replaces the figures with its answer.
        await page.GotoAsync("/?q=" + Uri.EscapeDataString("bao cao"));
        await page.Locator("article.hit").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("section.worklist").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Viewer_ReadsEverything_ButSeesNoWayToWrite_AndTheApiRefusesThem()
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl);
        await using var _ = context;
        await SignInAsync(page, User(Role.Viewer, "Trần Văn Minh"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Phát hiện", Exact = true }).ClickAsync();
        await page.Locator("article").First.WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Chạy bộ phát hiện" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Kiến nghị" }).First.ClickAsync();
        await page.Locator("table").WaitForAsync();
        Assert.Equal(0, await page.GetByText("Lập kiến nghị").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).CountAsync());
        await BrowserFixture.ShotAsync(page, "09-nguoi-xem");

        // Even a hand-made request from the viewer's own session, with its CSRF token, is refused.
        var status = await page.EvaluateAsync<int>("""
            async () => {
              const s = await (await fetch('/api/auth/session')).json();
              const r = await fetch('/api/findings', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': s.csrfToken }, body: JSON.stringify({ class: 'overlap', description: 'x' }) });
              return r.status;
            }
            """);
        Assert.Equal(403, status);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Anonymous_SeesOnlyTheLoginPage_AndAWrongPasswordIsToldInVietnamese()
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl);
        await using var _ = context;

        await page.GotoAsync("/kien-nghi");
        // The redirect is the UI's own (history.replaceState), not a page load: wait for the form, then read the address.
        await page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập" }).WaitForAsync();
        Assert.EndsWith("/dang-nhap?tiep=%2Fkien-nghi", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#nav a").CountAsync());
        await page.GetByLabel("Tên đăng nhập").FillAsync("ai-do");
        await page.GetByLabel("Mật khẩu").FillAsync("sai-mat-khau-roi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByText("Tên đăng nhập hoặc mật khẩu không đúng.").WaitForAsync();
        await BrowserFixture.ShotAsync(page, "10-dang-nhap-sai");
        Assert.DoesNotContain(errors, e => !e.Contains("401", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example/x")]
    [InlineData("/%5C%5Cevil.example")]
    public async Task ALoginLinkWhoseNextAddressLeavesTheSite_LandsOnSearch_WithoutAnError(string next)
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl);
        await using var _ = context;

        await page.GotoAsync("/dang-nhap?tiep=" + next);
        await page.GetByLabel("Tên đăng nhập").FillAsync(User(Role.Viewer, "Phạm Thu Hà"));
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).WaitForAsync();

        Assert.StartsWith(BaseUrl, page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityError", await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Admin_CreatesAnAccount_ChangesItsRole_LocksIt_IssuesAToken_AndSeesTheAuditAndTheSources()
    {
        var (context, page, errors) = await browser.NewPageAsync(BaseUrl);
        await using var _ = context;
        var admin = User(Role.Admin, "Phạm Thu Hà");
        await SignInAsync(page, admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Quản trị", Exact = true }).WaitForAsync();

        // A new account, through the dialog.
        var name = "can.bo." + Guid.NewGuid().ToString("N")[..6];
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tạo tài khoản" });
        await dialog.GetByLabel("Tên đăng nhập").FillAsync(name);
        await dialog.GetByLabel("Họ và tên").FillAsync("Lê Văn Hùng");
        await dialog.GetByLabel("Vai trò").SelectOptionAsync("viewer");
        await dialog.GetByLabel("Mật khẩu ban đầu").FillAsync(Password);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Tạo", Exact = true }).ClickAsync();
        await page.Locator("tr", new() { HasText = name }).WaitForAsync();
        var accounts = service.Services.GetRequiredService<AccountStore>();
        Assert.Equal(Role.Viewer, accounts.Get(name)?.Role);

        // Its role changed from the table, then the account locked.
        await page.GetByLabel($"Vai trò của {name}").SelectOptionAsync("analyst");
        await page.GetByText("Đã lưu.").First.WaitForAsync();
        Assert.Equal(Role.Analyst, accounts.Get(name)?.Role);
        await page.Locator("tr", new() { HasText = name }).GetByRole(AriaRole.Button, new() { Name = "Khóa" }).ClickAsync();
        await page.Locator("tr", new() { HasText = name }).GetByText("đã khóa").WaitForAsync();
        Assert.True(accounts.Get(name)?.Disabled);

        // A token for another program: shown once, and it works.
        var program = "phan-mem-bao-cao-" + Guid.NewGuid().ToString("N")[..4];
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo token" }).ClickAsync();
        var tokenDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tạo token API" });
        await tokenDialog.GetByLabel("Tên (phần mềm dùng token)").FillAsync(program);
        await tokenDialog.GetByLabel("Vai trò").SelectOptionAsync("viewer");
        await tokenDialog.GetByRole(AriaRole.Button, new() { Name = "Tạo", Exact = true }).ClickAsync();
        var shown = page.GetByRole(AriaRole.Dialog, new() { Name = "Token đã tạo — chép ngay, sẽ không hiển thị lại" });
        var token = await shown.GetByLabel("Token").InputValueAsync();
        await BrowserFixture.ShotAsync(page, "11-quan-tri-token");
        await shown.GetByRole(AriaRole.Button, new() { Name = "Đã chép" }).ClickAsync();
        await page.Locator("tr", new() { HasText = program }).WaitForAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, await SearchWithAsync(token));

        // The report drafts' letterhead: the demo province's at first; a wrong symbol is told in the dialog, then saved.
        var letterhead = page.Locator("section.letterhead");
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG", await letterhead.InnerTextAsync(), StringComparison.Ordinal);
        await letterhead.GetByRole(AriaRole.Button, new() { Name = "Sửa thể thức" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Dialog, new() { Name = "Thể thức dự thảo báo cáo" });
        await form.GetByLabel("Ký hiệu báo cáo").FillAsync("bc stp");
        await form.GetByLabel("Chức danh người ký").FillAsync("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        await form.GetByLabel("Họ tên người ký").FillAsync("Trần Thị Hoa");
        await form.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var again = page.GetByRole(AriaRole.Dialog, new() { Name = "Thể thức dự thảo báo cáo" });
        await again.GetByRole(AriaRole.Alert).WaitForAsync();
        Assert.Contains("symbol", await again.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Trần Thị Hoa", await again.GetByLabel("Họ tên người ký").InputValueAsync()); // what was typed is kept
        await again.GetByLabel("Ký hiệu báo cáo").FillAsync("BC-STP");
        await again.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByText("Đã lưu thể thức báo cáo.").WaitForAsync();
        await page.Locator("section.letterhead", new() { HasText = "Trần Thị Hoa" }).WaitForAsync();
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], accounts.Letterhead?.SignerTitle);
        await BrowserFixture.ShotAsync(page, "12-quan-tri-the-thuc");

        // The sign-in audit has this admin's sign-in.
        Assert.True(await page.Locator("tr", new() { HasText = admin }).GetByText("thành công").CountAsync() > 0);
        await BrowserFixture.ShotAsync(page, "12-quan-tri");

        // Revoking asks first, then the program is locked out.
        await page.Locator("tr", new() { HasText = program }).GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = $"Thu hồi token {program}? Chương trình đang dùng token này sẽ không truy cập được nữa." })
            .GetByRole(AriaRole.Button, new() { Name = "Thu hồi" }).ClickAsync();
        await page.GetByText($"Đã thu hồi token {program}.").WaitForAsync();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, await SearchWithAsync(token));

        // Crawl status: the sources and their validity, the recent runs.
        await page.GetByRole(AriaRole.Link, new() { Name = "Thu thập" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Thu thập văn bản" }).WaitForAsync();
        Assert.Equal(1, await page.GetByRole(AriaRole.Heading, new() { Name = "Các lần chạy gần đây" }).CountAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Nguồn \\(\\d+\\)$") }).CountAsync() == 1);
        await BrowserFixture.ShotAsync(page, "13-thu-thap");

        // An admin's nine menu items and name keep one row on a laptop's 1280 px.
        var menu = await page.Locator("#nav a").EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().top)");
        Assert.Equal(9, menu.Length);
        Assert.Single(menu.Distinct());
        var header = await page.Locator("header.top").BoundingBoxAsync();
        Assert.True(header!.Height < 60, $"the header is {header.Height} px high: the menu wrapped");

        // An admin adds a portal as a source: a refused seed names its field and keeps what was typed; then it is saved,
        // listed, and removed again.
        var sourceName = "stp-hoa-phong-" + Guid.NewGuid().ToString("N")[..4];
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm nguồn" }).ClickAsync();
        var sourceDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Thêm nguồn thu thập" });
        await sourceDialog.GetByLabel("Tên nguồn").FillAsync(sourceName);
        await sourceDialog.GetByLabel("Tên cơ quan, cổng thông tin").FillAsync("Sở Tư pháp tỉnh Hòa Phong");
        await sourceDialog.GetByLabel("Địa chỉ bắt đầu").FillAsync("https://thuvienphapluat.vn/van-ban");
        await sourceDialog.GetByLabel("Lịch chạy (không bắt buộc)").FillAsync("24h");
        await sourceDialog.GetByRole(AriaRole.Button, new() { Name = "Lưu nguồn" }).ClickAsync();
        sourceDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Thêm nguồn thu thập" });
        Assert.Contains("Địa chỉ bắt đầu (dòng 1): thuvienphapluat.vn cấm thu thập tự động", await sourceDialog.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(sourceName, await sourceDialog.GetByLabel("Tên nguồn").InputValueAsync());
        await BrowserFixture.ShotAsync(page, "13b-nguon-bi-tu-choi");
        await sourceDialog.GetByLabel("Địa chỉ bắt đầu").FillAsync("https://stp.hoaphong.gov.vn/van-ban-phap-luat\nhttps://stp.hoaphong.gov.vn/thong-bao");
        await sourceDialog.GetByRole(AriaRole.Button, new() { Name = "Lưu nguồn" }).ClickAsync();
        var sourceRow = page.Locator("tr", new() { HasText = sourceName });
        await sourceRow.WaitForAsync();
        Assert.Contains("https://stp.hoaphong.gov.vn/thong-bao", await sourceRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("mỗi 24 giờ", await sourceRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Sở Tư pháp tỉnh Hòa Phong", await sourceRow.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserFixture.ShotAsync(page, "13c-nguon-moi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm nguồn" }).ClickAsync(); // adding never replaces one
        sourceDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Thêm nguồn thu thập" });
        await sourceDialog.GetByLabel("Tên nguồn").FillAsync(sourceName);
        await sourceDialog.GetByLabel("Địa chỉ bắt đầu").FillAsync("https://stp.hoaphong.gov.vn/khac");
        await sourceDialog.GetByRole(AriaRole.Button, new() { Name = "Lưu nguồn" }).ClickAsync();
        Assert.Contains($"đã có nguồn {sourceName}", await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Hủy" }).ClickAsync();
        Assert.DoesNotContain("/khac", await sourceRow.InnerTextAsync(), StringComparison.Ordinal);
        await sourceRow.GetByRole(AriaRole.Button, new() { Name = "Xóa" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Xóa nguồn" }).ClickAsync();
        await page.GetByText($"Đã xóa nguồn {sourceName}.").WaitForAsync();
        Assert.Equal(0, await page.Locator("tr", new() { HasText = sourceName }).CountAsync());
        Assert.Equal(["400", "400"], errors.Select(e => System.Text.RegularExpressions.Regex.Match(e, @"\b[45]\d\d\b").Value)); // the refused symbol and the refused seed, nothing else
    }

    private async Task<System.Net.HttpStatusCode> SearchWithAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=hoa+giai");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await service.Client.SendAsync(request);
        return response.StatusCode;
    }
}
