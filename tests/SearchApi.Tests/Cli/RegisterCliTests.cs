using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Security;

namespace LawMonitor.SearchApi.Tests.Cli;

/// <summary>The <c>findings</c>, <c>recommendations</c> and <c>report</c> verbs, in a child process, over the demo corpus.</summary>
public sealed class RegisterCliTests : IAsyncLifetime
{
    private readonly TempDirectory data = new();

    public async Task InitializeAsync() =>
        Assert.Equal(0, (await Support.Cli.RunAsync("ingest", DemoCorpus.Folder, "--data", data.Path, "--json")).ExitCode);

    public Task DisposeAsync()
    {
        data.Dispose();
        return Task.CompletedTask;
    }

    private Task<Support.Cli.Result> Run(params string[] args) => Support.Cli.RunAsync([.. args, "--data", data.Path]);

    private static JsonElement Json(Support.Cli.Result result) => JsonDocument.Parse(result.Stdout).RootElement;

    [Fact]
    public async Task AnUnansweredRecommendation_IsReportedOverdue_InTheDraftsWords()
    {
        var draft = await Run("recommendations", "add", "--action", "amend", "--body", "Ủy ban nhân dân tỉnh Hòa Phong", "--content", "Sửa đổi thời hạn báo cáo",
            "--target", "08/2021/QĐ-UBND:Điều 7.1", "--as", "lan", "--json");
        var id = Json(draft).GetProperty("id").GetInt64();
        Assert.Equal(0, (await Run("recommendations", "send", $"{id}", "--dispatch", "301/STP-XDKTVB", "--sent-on", "02/09/2024", "--json")).ExitCode);

        var text = await Run("report", "--year", "2024");

        Assert.Matches($@"Kiến nghị #{id} — Công văn số 301/STP-XDKTVB ngày 02/09/2024 gửi Ủy ban nhân dân tỉnh Hòa Phong: hạn trả lời 02/10/2024, quá hạn \d+ ngày\.", text.Stdout);
    }

    [Fact]
    public async Task Officer_ConfirmsACandidate_DraftsSendsAnswersAndImplements_ThenReports()
    {
        var contradiction = Json(await Run("findings", "--class", "contradiction", "--json"))[0].GetProperty("id").GetInt64();
        var confirmed = await Run("findings", "confirm", $"{contradiction}", "--as", "lan", "--json");
        Assert.Equal(0, confirmed.ExitCode);
        Assert.Equal("confirmed", Json(confirmed).GetProperty("status").GetString());

        var draft = await Run("recommendations", "add", "--action", "amend", "--body", "Ủy ban nhân dân tỉnh Hòa Phong", "--content", "Thống nhất thời hạn báo cáo",
            "--finding", $"{contradiction}", "--target", "17/2022/QĐ-UBND:Điều 7.1", "--as", "lan", "--json");
        Assert.Equal(0, draft.ExitCode);
        var id = Json(draft).GetProperty("id").GetInt64();
        Assert.StartsWith("qd-17-2022", Json(draft).GetProperty("targets")[0].GetProperty("documentId").GetString(), StringComparison.Ordinal);

        var sent = await Run("recommendations", "send", $"{id}", "--dispatch", "245/STP-XDKTVB", "--sent-on", "10/11/2025", "--json");
        Assert.Equal("2025-12-10", Json(sent).GetProperty("deadline").GetString());
        Assert.Equal(0, (await Run("recommendations", "answer", $"{id}", "--on", "2025-12-05", "--verdict", "accepted", "--reference", "5120/UBND-NC", "--json")).ExitCode);
        var implemented = await Run("recommendations", "implement", $"{id}", "--outcome", "05/2025/QĐ-UBND", "--json");
        Assert.StartsWith("qd-05-2025", Json(implemented).GetProperty("outcomeDocumentId").GetString(), StringComparison.Ordinal);

        var shown = Json(await Run("recommendations", "show", $"{id}", "--json"));
        Assert.Equal(["created", "sent", "answered", "implemented"], shown.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("lan", shown.GetProperty("history")[0].GetProperty("actor").GetString());

        // The history as a table reads in words: what was done, the documents by their names, dates as written.
        var table = (await Run("recommendations", "show", $"{id}")).Stdout;
        Assert.Contains("Lập dự thảo", table, StringComparison.Ordinal);
        Assert.Contains("Gửi cơ quan có", table, StringComparison.Ordinal);
        Assert.Contains("Văn bản, quy định: Quyết định số 17/2022/QĐ-UBND", table, StringComparison.Ordinal);
        Assert.Contains("10/11/2025", table, StringComparison.Ordinal);
        Assert.DoesNotContain("documentId", table, StringComparison.Ordinal);
        Assert.DoesNotContain("qd-17-2022", table, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-11-10", table, StringComparison.Ordinal);

        var report = Json(await Run("report", "--year", "2025", "--json"));
        Assert.Equal((1, 1, 1), (report.GetProperty("totals").GetProperty("sent").GetInt32(), report.GetProperty("totals").GetProperty("answered").GetInt32(), report.GetProperty("totals").GetProperty("implemented").GetInt32()));
        Assert.Equal(1.0, report.GetProperty("totals").GetProperty("onTimeRate").GetDouble());

        // The letterhead an admin set in the web UI (kept in the data folder) is the CLI's draft's too.
        new AccountStore(data.Path, TimeProvider.System).Letterhead = new Indexer.Monitoring.Reports.ReportLetterhead { ParentBody = "ỦY BAN NHÂN DÂN TỈNH BÌNH AN", Place = "Bình An" };
        var docx = Path.Combine(data.Path, "bao-cao.docx");
        var written = await Run("report", "--year", "2025", "--format", "docx", "--out", docx);
        Assert.Equal(0, written.ExitCode);
        using (var word = WordprocessingDocument.Open(docx, false))
        {
            Assert.Contains("BÁO CÁO", word.MainDocumentPart!.Document.InnerText, StringComparison.Ordinal);
            Assert.Contains("ỦY BAN NHÂN DÂN TỈNH BÌNH AN", word.MainDocumentPart!.Document.InnerText, StringComparison.Ordinal);
        }

        Assert.Contains($"({Indexer.Legal.VietnameseNumber.Whole(new FileInfo(docx).Length)} byte)", written.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"\(\d{1,3}(\.\d{3})+ byte\)", written.Stderr); // "3.537 byte", thousands by dots

        var csv = await Run("report", "--year", "2025", "--format", "csv", "--table", "recommendations");
        Assert.Contains("245/STP-XDKTVB", csv.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("findings", "--status", "open")]
    [InlineData("recommendations", "--status", "draft")]
    [InlineData("tasks", "--status", "proposed")]
    [InlineData("obligations", "--body", "Sở")]
    public async Task List_PrintsWhatTheVerbAlonePrints_WithItsFilters(string register, string filter, string value)
    {
        await Run("detect", "--json");
        await Run("recommendations", "add", "--action", "repeal", "--body", "UBND tỉnh", "--content", "Bãi bỏ", "--json");
        var alone = await Run(register, filter, value, "--json");
        var listed = await Run(register, "list", filter, value, "--json");
        Assert.Equal((0, 0), (alone.ExitCode, listed.ExitCode));
        Assert.Contains("\"id\"", alone.Stdout, StringComparison.Ordinal);
        Assert.Equal(alone.Stdout, listed.Stdout);

        // The help names the accepted values in Vietnamese too, as the tables print them.
        var help = await Run(register, "list", "--help");
        Assert.Contains(filter, help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnnualReport_CountsARecommendationSentTheYearBefore_AsOverdue_AndSaysSo()
    {
        var id = Json(await Run("recommendations", "add", "--action", "amend", "--body", "Ủy ban nhân dân tỉnh Hòa Phong", "--content", "Thống nhất thời hạn báo cáo", "--json")).GetProperty("id").GetInt64();
        Assert.Equal(0, (await Run("recommendations", "send", $"{id}", "--dispatch", "245/STP-XDKTVB", "--sent-on", "01/10/2025")).ExitCode);

        var annual = await Run("report", "annual", "--year", "2026");

        Assert.Equal(0, annual.ExitCode);
        var text = System.Text.RegularExpressions.Regex.Replace(annual.Stdout, @"\s+", " "); // as printed, whatever the console's width
        Assert.Contains("kiến nghị: 0 đã gửi", text, StringComparison.Ordinal);
        Assert.Contains("quá hạn chưa trả lời 1 (trong đó 1 kiến nghị gửi từ trước kỳ báo cáo)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SaysARecognisedDocumentOnce_ANumberNotHeldStillSaysWhoCitesIt()
    {
        var named = await Run("search", "Kế hoạch 14 nhiệm vụ kiểm tra");
        Assert.Contains("Đã nhận ra: Kế hoạch số 14/KH-UBND.", named.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn bản có số hiệu 14/KH-UBND", named.Stdout, StringComparison.Ordinal);
        Assert.Single(Json(await Run("search", "Kế hoạch 14 nhiệm vụ kiểm tra", "--json")).GetProperty("numbers").EnumerateArray()); // the API keeps it, for its link

        var missing = await Run("search", "59/2012/NĐ-CP");
        Assert.Contains("Không có văn bản 59/2012/NĐ-CP trong kho", missing.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_NamesEachAcceptedValue_InVietnamese()
    {
        var help = (await Run("findings", "--help")).Stdout;
        Assert.Contains("lapsedBasis (căn cứ hết hiệu lực)", help, StringComparison.Ordinal);
        Assert.Contains("dismissed (đã loại)", help, StringComparison.Ordinal);
        Assert.Contains("planned (đã giao, chưa thực hiện)", (await Run("tasks", "--help")).Stdout, StringComparison.Ordinal);
        Assert.Contains("repeal (bãi bỏ)", (await Run("recommendations", "add", "--help")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_HaveTheirExitCodes_AndNameWhatIsWrong()
    {
        var draft = Json(await Run("recommendations", "add", "--action", "repeal", "--body", "UBND tỉnh", "--content", "Bãi bỏ", "--json")).GetProperty("id").GetInt64();

        var answerDraft = await Run("recommendations", "answer", $"{draft}", "--on", "2025-12-05", "--verdict", "accepted");
        Assert.Equal(4, answerDraft.ExitCode);
        Assert.Contains("dự thảo", answerDraft.Stderr, StringComparison.Ordinal);

        var stale = await Run("recommendations", "close", $"{draft}", "--reason", "rút", "--expect-version", "7");
        Assert.Equal(4, stale.ExitCode);
        Assert.Contains("conflict", stale.Stderr, StringComparison.Ordinal);

        Assert.Equal(3, (await Run("findings", "confirm", "999999")).ExitCode);
        var badClass = await Run("findings", "add", "--class", "wrong", "--description", "x");
        Assert.Equal((1, true), (badClass.ExitCode, badClass.Stderr.Contains("--class", StringComparison.Ordinal)));
        var badTarget = await Run("recommendations", "add", "--action", "amend", "--body", "UBND", "--content", "x", "--target", "99/2099/QĐ-UBND");
        Assert.Equal((1, true), (badTarget.ExitCode, badTarget.Stderr.Contains("--target", StringComparison.Ordinal)));
        var badDate = await Run("report", "--from", "2025-02-30");
        Assert.Equal((1, true), (badDate.ExitCode, badDate.Stderr.Contains("--from", StringComparison.Ordinal)));
        var noOut = await Run("report", "--format", "xlsx");
        Assert.Equal((1, true), (noOut.ExitCode, noOut.Stderr.Contains("--out", StringComparison.Ordinal)));
    }
}
