using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LawMonitor.SearchApi.Tests.Cli;

/// <summary>ingest, show, reparse and token, run as the real executable.</summary>
public sealed class IngestCliTests
{
    private static string Corpus(string name) => DemoCorpus.Text(name);

    private static JsonElement Json(Support.Cli.Result result) => JsonDocument.Parse(result.Stdout).RootElement;

    [Fact]
    public async Task Ingest_Folder_ReportsEveryFile_ThenShowGivesTheDocument()
    {
        using var dir = new TempDirectory();
        var input = Directory.CreateDirectory(Path.Combine(dir.Path, "in", "nested")).FullName;
        File.WriteAllText(Path.Combine(input, "qd-05.txt"), Corpus("qd-05-2025-bai-bo.txt"));
        File.WriteAllText(Path.Combine(input, "..", "qd-12.txt"), Corpus("qd-12-2019-quy-che-phoi-hop.txt"));
        File.WriteAllBytes(Path.Combine(input, "empty.docx"), []);
        File.WriteAllText(Path.Combine(input, ".hidden.txt"), "bỏ qua");
        var data = Path.Combine(dir.Path, "data");

        var result = await Support.Cli.RunAsync("ingest", Path.Combine(dir.Path, "in"), Path.Combine(dir.Path, "missing.pdf"), "--data", data, "--json");

        Assert.Equal(2, result.ExitCode);
        var files = Json(result).EnumerateArray().ToDictionary(f => Path.GetFileName(f.GetProperty("file").GetString()!));
        Assert.Equal(["empty.docx", "missing.pdf", "qd-05.txt", "qd-12.txt"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("not-found", files["missing.pdf"].GetProperty("code").GetString());
        Assert.Equal("empty-file", files["empty.docx"].GetProperty("code").GetString());
        Assert.Equal("added", files["qd-05.txt"].GetProperty("status").GetString());
        var id = files["qd-05.txt"].GetProperty("documentId").GetString()!;
        Assert.Matches("^qd-05-[0-9a-f]{6}$", id);

        var show = await Support.Cli.RunAsync("show", id, "--data", data, "--json");

        Assert.Equal(0, show.ExitCode);
        var details = Json(show);
        Assert.Equal("05/2025/QĐ-UBND", details.GetProperty("number").GetProperty("display").GetString());
        Assert.Equal("2025-04-28", details.GetProperty("issueDate").GetString());
        Assert.Equal("2025-05-10", details.GetProperty("effectiveDate").GetString());
        Assert.Equal("Nguyễn Văn An", details.GetProperty("signer").GetString());
        Assert.Equal(3, details.GetProperty("provisionCounts").GetProperty("Article").GetInt32());
        var repeal = details.GetProperty("citations").EnumerateArray().First(c => c.GetProperty("relation").GetString() == "repeals" && c.GetProperty("sourcePath").GetString() == "Điều 1");
        Assert.Equal(files["qd-12.txt"].GetProperty("documentId").GetString(), repeal.GetProperty("target").GetProperty("documentId").GetString());
        Assert.Equal("qd-05.txt", details.GetProperty("versions")[0].GetProperty("fileName").GetString());
        Assert.Equal(("Text", "Văn bản thuần (TXT)"), (details.GetProperty("versions")[0].GetProperty("format").GetString(), details.GetProperty("versions")[0].GetProperty("formatName").GetString()));
        Assert.Equal(("ingest", "Nhập từ tệp"), (details.GetProperty("source").GetString(), details.GetProperty("sourceName").GetString()));

        // As an officer reads it: levels, formats and sources by their Vietnamese names, the time on the Vietnam calendar.
        var shown = await Support.Cli.RunAsync("show", id, "--data", data);
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("3 điều", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("Văn bản thuần (TXT)", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains("Nhập từ tệp", shown.Stdout, StringComparison.Ordinal);
        Assert.Contains(Indexer.Calendar.VietnamCalendar.Display(details.GetProperty("versions")[0].GetProperty("ingestedAt").GetDateTimeOffset()), shown.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Article", shown.Stdout, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\(\d+–\d+\)", shown.Stdout); // no character offsets in the provision tree

        var missing = await Support.Cli.RunAsync("show", "khong-co", "--data", data);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("khong-co", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAndReparse_TakeTheNumberAnOfficerTypes_AndNameTheOtherProvincesDocumentOfThatNumber()
    {
        using var dir = new TempDirectory();
        var hoaPhong = Corpus("qd-12-2019-quy-che-phoi-hop.txt");
        var ngocSon = hoaPhong.Replace("HÒA PHONG", "NGỌC SƠN", StringComparison.Ordinal).Replace("Hòa Phong", "Ngọc Sơn", StringComparison.Ordinal)
            .Replace("ngày 15 tháng 3 năm 2019", "ngày 20 tháng 5 năm 2019", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.Path, "hoa-phong.txt"), hoaPhong);
        File.WriteAllText(Path.Combine(dir.Path, "ngoc-son.txt"), ngocSon);
        var data = Path.Combine(dir.Path, "data");
        var ingest = Json(await Support.Cli.RunAsync("ingest", dir.Path, "--data", data, "--json", "--no-detect"));
        var ids = ingest.EnumerateArray().ToDictionary(f => Path.GetFileName(f.GetProperty("file").GetString()!), f => f.GetProperty("documentId").GetString()!);

        var shown = await Support.Cli.RunAsync("show", "12/2019/qd-ubnd", "--data", data, "--json");

        Assert.Equal(0, shown.ExitCode);
        Assert.Equal(ids["ngoc-son.txt"], Json(shown).GetProperty("id").GetString()); // the newer of the two
        Assert.Contains("Có 2 văn bản mang số 12/2019/qd-ubnd", shown.Stderr, StringComparison.Ordinal);
        Assert.Contains(ids["hoa-phong.txt"] + " (Ủy ban nhân dân tỉnh Hòa Phong, 15/03/2019)", shown.Stderr, StringComparison.Ordinal);
        var byId = await Support.Cli.RunAsync("show", ids["hoa-phong.txt"], "--data", data, "--json");
        Assert.Equal("Ủy ban nhân dân tỉnh Hòa Phong", Json(byId).GetProperty("issuer").GetString());
        Assert.Equal("", byId.Stderr.Trim());

        var reparse = await Support.Cli.RunAsync("reparse", "12/2019/QĐ-UBND", "--data", data, "--json");
        Assert.Equal(0, reparse.ExitCode);
        Assert.Equal(ids["ngoc-son.txt"], Json(reparse).EnumerateArray().Single().GetProperty("documentId").GetString());

        var missing = await Support.Cli.RunAsync("show", "99/2019/QĐ-UBND", "--data", data);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("99/2019/QĐ-UBND: không tìm thấy văn bản", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reparse_OfAPlanReadByParser9_MovesTheFindingsAndWatchesOnItsItems_ToTheirNewPaths()
    {
        using var dir = new TempDirectory();
        var (data, plan) = await IngestOneAsync(dir, "kh-14-2026-theo-doi-thi-hanh-phap-luat.txt");

        // What parser 9 left: the third item of "III. TỔ CHỨC THỰC HIỆN" stored as the document's "Khoản 3", and what
        // an officer recorded of it then.
        var index = LegalIndex.Open(data);
        var tree = index.Documents.Structure(plan)!;
        static Indexer.Legal.StructureNode Renamed(Indexer.Legal.StructureNode n) => n with
        {
            Path = n.Path.ToString() == "Mục III.3" ? Indexer.Model.ProvisionPath.Parse("Khoản 3") : n.Path,
            Children = [.. n.Children.Select(Renamed)],
        };
        StoreAsReadBy(index, tree with { Nodes = [.. tree.Nodes.Select(Renamed)] }, parser: 9);

        var registers = Indexer.Monitoring.MonitoringStore.Open(data, TimeProvider.System);
        var finding = registers.AddFinding(new Indexer.Monitoring.Finding(default, Indexer.Monitoring.FindingClass.MissingConditions, "Chưa bố trí kinh phí")
        {
            Provisions = [new Indexer.Monitoring.ProvisionReference(plan, 1, "Khoản 3")],
        }, "lan");
        var alerts = new LawMonitor.SearchApi.Alerts.AlertStore(data, TimeProvider.System);
        alerts.AddWatch("lan", plan.Value, "Khoản 3", "Khoản 3 của Kế hoạch số 14/KH-UBND");

        var before = await Support.Cli.RunAsync("verify", "--data", data);
        var reparse = await Support.Cli.RunAsync("reparse", "--data", data);
        var after = await Support.Cli.RunAsync("verify", "--data", data);

        Assert.Equal(0, before.ExitCode); // an earlier reading is no damage
        Assert.Contains($"1 văn bản được đọc bằng bộ phân tích cũ (từ parser 9, nay là parser {Indexer.Ingestion.DocumentAssembler.ParserVersion}): chạy ./lawmonitor reparse", before.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("bộ phân tích cũ", after.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, reparse.ExitCode);
        Assert.Contains("Cập nhật vị trí quy định trong 2 bản ghi", reparse.Stderr, StringComparison.Ordinal);
        Assert.Equal("Mục III.3", registers.GetFinding(finding.Id)!.Provisions[0].Path);
        var watch = Assert.Single(alerts.Watches());
        Assert.Equal(("Mục III.3", "Mục III.3 của Kế hoạch số 14/KH-UBND"), (watch.Path, watch.Label));
        var shown = await Support.Cli.RunAsync("findings", "show", $"{finding.Id}", "--data", data);
        Assert.Contains("khoản 3 nay là Mục III.3", System.Text.RegularExpressions.Regex.Replace(shown.Stdout, @"[\s│]+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reparse_OfADecisionReadByParser11_PlacesItsQuyChesProvisions_AndRewritesTheWatchLabelAsADispatchCitesIt()
    {
        using var dir = new TempDirectory();
        var (data, decision) = await IngestOneAsync(dir, "qd-12-2019-quy-che-phoi-hop.txt");

        // What parser 11 left of a decision that runs straight into its quy chế: the quy chế's articles numbered as the decision's.
        var index = LegalIndex.Open(data);
        var tree = index.Documents.Structure(decision)!;
        Assert.Contains(tree.AllNodes, n => n.Path.ToString() == "Quy chế: Điều 8.1");
        static Indexer.Legal.StructureNode Flattened(Indexer.Legal.StructureNode n) => n with { Path = n.Path.InInstrument(null), Children = [.. n.Children.Select(Flattened)] };
        StoreAsReadBy(index, tree with { Nodes = [.. tree.Nodes.Select(Flattened)] }, parser: 11);

        var alerts = new LawMonitor.SearchApi.Alerts.AlertStore(data, TimeProvider.System);
        alerts.AddWatch("lan", decision.Value, "Điều 8.1", "Khoản 1 Điều 8 của Quyết định số 12/2019/QĐ-UBND");

        var reparse = await Support.Cli.RunAsync("reparse", "--data", data);

        Assert.Equal(0, reparse.ExitCode);
        var watch = Assert.Single(alerts.Watches());
        Assert.Equal(("Quy chế: Điều 8.1", "Khoản 1 Điều 8 Quy chế ban hành kèm theo Quyết định số 12/2019/QĐ-UBND"), (watch.Path, watch.Label));
    }

    /// <summary>A data folder in <paramref name="dir"/> holding one corpus text ingested by the CLI, and that document's id.</summary>
    private static async Task<(string Data, Indexer.Model.DocumentId Id)> IngestOneAsync(TempDirectory dir, string corpusText)
    {
        var data = Path.Combine(dir.Path, "data");
        var file = Path.Combine(dir.Path, corpusText);
        File.WriteAllText(file, Corpus(corpusText));
        var ingested = Json(await Support.Cli.RunAsync("ingest", file, "--data", data, "--json", "--no-detect"));
        return (data, Indexer.Model.DocumentId.Create(ingested[0].GetProperty("documentId").GetString()!));
    }

    /// <summary>Leaves the one document of <paramref name="index"/> as an older parser stored it: its tree, and the version that read it.</summary>
    private static void StoreAsReadBy(LegalIndex index, Indexer.Legal.DocumentStructure structure, int parser)
    {
        using var connection = new SqliteConnection("Data Source=" + index.DatabasePath + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE documents SET structure = $s, content_hash = $h; UPDATE document_versions SET parser_version = $p";
        command.Parameters.AddWithValue("$s", Indexer.Storage.Rows.StructureCodec.Encode(structure));
        command.Parameters.AddWithValue("$h", $"parser-{parser}");
        command.Parameters.AddWithValue("$p", parser);
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Ingest_ThatFindsNothing_SaysSoWithoutAnEmptyList()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "tb-01.txt");
        File.WriteAllText(file, "THÔNG BÁO\nVề lịch tiếp công dân tháng 12\nSở Tư pháp tiếp công dân vào sáng thứ Năm hằng tuần.\n");

        var ingest = await Support.Cli.RunAsync("ingest", file, "--data", Path.Combine(dir.Path, "data"));

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("Phát hiện: 0 ứng viên mới; xem ./lawmonitor findings", ingest.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NamesEachHitAsADispatchCitesIt_DocumentThenProvisionInLowerCase()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "qd-12.txt");
        File.WriteAllText(file, Corpus("qd-12-2019-quy-che-phoi-hop.txt"));
        var data = Path.Combine(dir.Path, "data");
        Assert.Equal(0, (await Support.Cli.RunAsync("ingest", file, "--data", data)).ExitCode);

        var json = await Support.Cli.RunAsync("search", "gửi báo cáo về Sở Tư pháp trước ngày 15 tháng 11", "--data", data, "--json");
        var text = await Support.Cli.RunAsync("search", "gửi báo cáo về Sở Tư pháp trước ngày 15 tháng 11", "--data", data);

        var hit = Json(json).GetProperty("hits")[0];
        Assert.Equal("Khoản 1 Điều 8 Quy chế — Chế độ báo cáo", hit.GetProperty("headingLabel").GetString());
        Assert.Equal("Quyết định số 12/2019/QĐ-UBND, khoản 1 Điều 8 Quy chế — Chế độ báo cáo", hit.GetProperty("citation").GetString());
        Assert.Contains("1. Quyết định số 12/2019/QĐ-UBND, khoản 1 Điều 8 Quy chế — Chế độ báo cáo (Còn hiệu lực)" + Environment.NewLine, text.Stdout, StringComparison.Ordinal); // its effect, no engine score
    }

    [Fact]
    public async Task UnderAFixedClock_EveryStampTheCliWrites_IsThatClocks_AndABadClockIsRefusedInASentence()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "kh-14.txt");
        File.WriteAllText(file, Corpus("kh-14-2026-theo-doi-thi-hanh-phap-luat.txt"));
        var data = Path.Combine(dir.Path, "data");
        var fixedClock = new Dictionary<string, string?> { ["LAWMONITOR_CLOCK"] = "2027-01-02T08:00:00+07:00" };

        var ingest = await Support.Cli.RunWithEnvironmentAsync(fixedClock, "ingest", file, "--data", data, "--json");
        var id = Json(ingest)[0].GetProperty("documentId").GetString()!;
        var show = Json(await Support.Cli.RunAsync("show", id, "--data", data, "--json"));
        var task = Json(await Support.Cli.RunAsync("tasks", "--data", data, "--json"))[0].GetProperty("task").GetProperty("id").GetInt64();
        var version = Json(await Support.Cli.RunAsync("tasks", "show", task.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", data, "--json"));

        var at = new DateTimeOffset(2027, 1, 2, 1, 0, 0, TimeSpan.Zero);
        Assert.Equal(at, show.GetProperty("versions")[0].GetProperty("ingestedAt").GetDateTimeOffset());
        Assert.Equal(at, show.GetProperty("indexedAt").GetDateTimeOffset());
        Assert.Equal(at, version.GetProperty("history")[0].GetProperty("at").GetDateTimeOffset()); // the proposal read after the batch

        // The table gives each task's words whole (wrapped in its cell, never cut short with "…").
        var proposed = await Support.Cli.RunAsync("tasks", "--status", "proposed", "--data", data);
        Assert.Contains("Kế hoạch số 14/KH-UBND", proposed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("…", proposed.Stdout, StringComparison.Ordinal);

        var bad = await Support.Cli.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["LAWMONITOR_CLOCK"] = "hôm qua" }, "tasks", "--data", data);
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("lawmonitor: LAWMONITOR_CLOCK='hôm qua' không phải một thời điểm", bad.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bad.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADecisionIngestedBeforeItsDayOfEffect_IsInForceInTheCli_OnceTheClockReachesIt()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "qd-21.txt");
        File.WriteAllText(file, Corpus("qd-21-2025-quy-che-theo-doi-thi-hanh.txt")); // "có hiệu lực kể từ ngày 01 tháng 12 năm 2025"
        var data = Path.Combine(dir.Path, "data");
        Dictionary<string, string?> On(string instant) => new() { ["LAWMONITOR_CLOCK"] = instant };

        var ingest = await Support.Cli.RunWithEnvironmentAsync(On("2025-11-25T08:00:00+07:00"), "ingest", file, "--data", data, "--json");
        var id = Json(ingest)[0].GetProperty("documentId").GetString()!;
        var before = Json(await Support.Cli.RunWithEnvironmentAsync(On("2025-11-30T23:00:00+07:00"), "show", id, "--data", data, "--json"));
        var onTheDay = await Support.Cli.RunWithEnvironmentAsync(On("2025-12-01T07:00:00+07:00"), "show", id, "--data", data);
        var after = Json(await Support.Cli.RunWithEnvironmentAsync(On("2025-12-01T07:00:00+07:00"), "search", "quy che phoi hop hieu-luc:con-hieu-luc", "--data", data, "--json"));

        Assert.Equal(("chua-co-hieu-luc", "Chưa có hiệu lực"), (before.GetProperty("effect").GetString(), before.GetProperty("effectName").GetString()));
        Assert.Equal(0, onTheDay.ExitCode);
        Assert.Contains("Còn hiệu lực — Có hiệu lực từ ngày 01/12/2025 theo chính văn bản", onTheDay.Stdout, StringComparison.Ordinal);
        Assert.Equal("Còn hiệu lực", after.GetProperty("hits")[0].GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task Ingest_Again_IsUnchanged_AndReparseReadsTheOriginalsAgain()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "kh-25.txt");
        File.WriteAllText(file, Corpus("kh-25-2024-theo-doi-thi-hanh-phap-luat.txt"));
        var data = Path.Combine(dir.Path, "data");
        Assert.Equal(0, (await Support.Cli.RunAsync("ingest", file, "--data", data)).ExitCode);

        var again = await Support.Cli.RunAsync("ingest", file, "--data", data, "--json");
        var reparse = await Support.Cli.RunAsync("reparse", "--all", "--data", data, "--json");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal("unchanged", Json(again)[0].GetProperty("status").GetString());
        Assert.Equal(0, reparse.ExitCode);
        Assert.Equal("reparsed", Json(reparse)[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Token_CreateListRevoke()
    {
        using var dir = new TempDirectory();

        var created = await Support.Cli.RunAsync("token", "create", "cong-bao-dong-bo", "--role", "analyst", "--data", dir.Path);
        var duplicate = await Support.Cli.RunAsync("token", "create", "cong-bao-dong-bo", "--data", dir.Path);
        var listed = await Support.Cli.RunAsync("token", "list", "--data", dir.Path, "--json");
        var revoked = await Support.Cli.RunAsync("token", "revoke", "cong-bao-dong-bo", "--data", dir.Path);
        var revokedAgain = await Support.Cli.RunAsync("token", "revoke", "cong-bao-dong-bo", "--data", dir.Path);

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("lm_", created.Stdout.Trim(), StringComparison.Ordinal);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Equal("analyst", Json(listed)[0].GetProperty("role").GetString());
        Assert.DoesNotContain(created.Stdout.Trim(), listed.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(3, revokedAgain.ExitCode);
    }

    [Fact]
    public async Task Ingest_KilledMidRun_LeavesAConsistentIndexThatARerunCompletes()
    {
        using var dir = new TempDirectory();
        var input = Directory.CreateDirectory(Path.Combine(dir.Path, "in")).FullName;
        var template = Corpus("qd-12-2019-quy-che-phoi-hop.txt");
        const int Files = 1200;
        for (var i = 0; i < Files; i++)
        {
            File.WriteAllText(Path.Combine(input, $"qd-{i:D4}.txt"), template.Replace("12/2019/QĐ-UBND", $"{i + 100}/2019/QĐ-UBND", StringComparison.Ordinal) + $"\nGhi chú số {i}.", Encoding.UTF8);
        }

        var data = Path.Combine(dir.Path, "data");
        Directory.CreateDirectory(data);
        using (var process = Support.Cli.Start("ingest", input, "--data", data, "--json"))
        {
            await Support.DataFolder.WhenAsync(data, () => Support.DataFolder.Generation(data) >= 2, process, TimeSpan.FromMinutes(2));

            Assert.False(process.HasExited, "the ingest finished before it could be killed; give it more files");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var index = LegalIndex.Open(data);
        var afterKill = IndexVerifier.Verify(index);
        Assert.True(afterKill.Ok, string.Join("; ", afterKill.Problems));
        Assert.InRange(afterKill.Documents, 1, Files - 1);

        var rerun = await Support.Cli.RunAsync("ingest", input, "--data", data, "--json");

        Assert.True(rerun.ExitCode == 0, $"exit {rerun.ExitCode}: {rerun.Stderr}");
        var statuses = Json(rerun).EnumerateArray().GroupBy(r => r.GetProperty("status").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(afterKill.Documents, statuses.GetValueOrDefault("unchanged"));
        Assert.Equal(Files - afterKill.Documents, statuses.GetValueOrDefault("added"));
        var final = IndexVerifier.Verify(index);
        Assert.True(final.Ok, string.Join("; ", final.Problems));
        Assert.Equal(Files, final.Documents);
    }
}
