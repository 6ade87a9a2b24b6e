using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LawMonitor.SearchApi.Tests.Cli;

/// <summary>The lawmonitor verbs, run as the real executable in a child process.</summary>
public sealed class CliTests
{
    private static string WriteCorpus(string directory, int documents, bool withBadLine = false)
    {
        var path = Path.Combine(directory, "corpus.jsonl");
        var words = "thi hành pháp luật kiểm tra xử lý vi phạm hành chính hòa giải cơ sở báo cáo kế hoạch phối hợp quy chế đất đai môi trường".Split(' ');
        var random = new Random(42);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < documents; i++)
        {
            var text = $"Điều {i % 50 + 1}. {words[random.Next(words.Length)]} {words[random.Next(words.Length)]}\n"
                       + string.Join(' ', Enumerable.Range(0, 60).Select(_ => words[random.Next(words.Length)])) + $" mã{i}";
            writer.WriteLine(JsonSerializer.Serialize(new { id = $"doc-{i}", text, title = $"Văn bản {i}", loai = "quyết định", nam = "x" }));
            if (withBadLine && i == 2)
            {
                writer.WriteLine("{ this is not json");
            }
        }

        return path;
    }

    [Fact]
    public async Task IndexJsonl_WithABadLine_IndexesTheRestAndReportsTheLine()
    {
        using var dir = new TempDirectory();
        var corpus = WriteCorpus(dir.Path, 10, withBadLine: true);
        var result = await Support.Cli.RunAsync("index-jsonl", corpus, "--data", Path.Combine(dir.Path, "data"), "--json");

        Assert.Equal(2, result.ExitCode);
        var report = JsonDocument.Parse(result.Stdout).RootElement[0];
        Assert.Equal(10, report.GetProperty("added").GetInt32());
        var error = report.GetProperty("errors")[0];
        Assert.Equal("invalid-json", error.GetProperty("code").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Contains("corpus.jsonl:4", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexJsonl_Twice_SecondRunChangesNothing()
    {
        using var dir = new TempDirectory();
        var corpus = WriteCorpus(dir.Path, 20);
        var data = Path.Combine(dir.Path, "data");
        await Support.Cli.RunAsync("index-jsonl", corpus, "--data", data);
        var second = await Support.Cli.RunAsync("index-jsonl", corpus, "--data", data, "--json");
        var report = JsonDocument.Parse(second.Stdout).RootElement[0];
        Assert.Equal(0, report.GetProperty("added").GetInt32());
        Assert.Equal(20, report.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task IndexJsonl_MissingFile_SaysSo()
    {
        using var dir = new TempDirectory();
        var result = await Support.Cli.RunAsync("index-jsonl", Path.Combine(dir.Path, "nope.jsonl"), "--data", dir.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.jsonl", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Json_GivesHitsWithSnippets()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "data");
        await Support.Cli.RunAsync("index-jsonl", WriteCorpus(dir.Path, 30), "--data", data);
        var result = await Support.Cli.RunAsync("search", "ma17", "--data", data, "--json");

        Assert.Equal(0, result.ExitCode);
        var hit = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("hits")[0];
        Assert.Equal("doc-17", hit.GetProperty("documentId").GetString());
        Assert.Contains("<mark>mã17</mark>", hit.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ToAFile_WritesEachSnippetOnOneLine_AndTablesWithinTheirWidth()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "data");
        await Support.Cli.RunAsync("index-jsonl", WriteCorpus(dir.Path, 30), "--data", data);

        var result = await Support.Cli.RunAsync("search", "kiem tra xu ly", "--data", data);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var longest = lines.Where(l => l.StartsWith("   ", StringComparison.Ordinal)).Max(l => l.Length);
        Assert.True(longest > LawMonitor.SearchApi.Cli.FileConsole.TableWidth, $"a snippet is one line, not wrapped at the table width: {longest} characters");
        Assert.DoesNotContain(lines, l => l.Length > 0 && !l.StartsWith(' ') && char.IsLower(l[0])); // no sentence continued on a line of its own

        var table = await Support.Cli.RunAsync("show", "doc-17", "--data", data);
        Assert.All(table.Stdout.Split('\n'), l => Assert.True(l.TrimEnd('\r').Length <= LawMonitor.SearchApi.Cli.FileConsole.TableWidth, l));
    }

    [Fact]
    public async Task Documents_ListsWhatIsHeld_LastIndexedFirst_APageAtATime()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "data");
        await Support.Cli.RunAsync("index-jsonl", WriteCorpus(dir.Path, 30), "--data", data);

        var json = JsonDocument.Parse((await Support.Cli.RunAsync("documents", "--size", "5", "--page", "2", "--data", data, "--json")).Stdout).RootElement;
        var all = JsonDocument.Parse((await Support.Cli.RunAsync("documents", "--size", "30", "--data", data, "--json")).Stdout).RootElement.GetProperty("items").EnumerateArray().ToList();
        var text = await Support.Cli.RunAsync("documents", "--size", "5", "--data", data);
        var refused = await Support.Cli.RunAsync("documents", "--size", "0", "--data", data);

        // Last indexed first: the records are extracted in parallel, so the order they were written in is the import's, not the file's.
        Assert.Equal(30, json.GetProperty("total").GetInt32());
        Assert.Equal(30, all.Select(i => i.GetProperty("documentId").GetString()).Distinct().Count());
        Assert.Equal(all.Select(i => i.GetProperty("indexedAt").GetDateTimeOffset()).OrderDescending(), all.Select(i => i.GetProperty("indexedAt").GetDateTimeOffset()));
        Assert.Equal(all.Skip(5).Take(5).Select(i => i.GetProperty("documentId").GetString()), json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("documentId").GetString()));
        Assert.Contains("30 văn bản trong kho — trang 1/6", text.Stdout, StringComparison.Ordinal);
        Assert.Contains(all[0].GetProperty("title").GetString()!, text.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--size", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_InvalidPage_IsRefusedWithAMessage()
    {
        using var dir = new TempDirectory();
        var result = await Support.Cli.RunAsync("search", "luật", "--data", dir.Path, "--page", "0");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--page", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpAndParseErrors_SpeakVietnamese_AndNeverNameADotNetType()
    {
        using var dir = new TempDirectory();

        var help = await Support.Cli.RunAsync("tasks", "--help");
        var badNumber = await Support.Cli.RunAsync("search", "luật", "--page", "abc", "--data", dir.Path);
        var typo = await Support.Cli.RunAsync("shwo");
        var missing = await Support.Cli.RunAsync("findings", "add", "--data", dir.Path);
        var badRole = await Support.Cli.RunAsync("token", "create", "may-doc", "--role", "boss", "--data", dir.Path);

        Assert.Equal(0, help.ExitCode);
        foreach (var heading in new[] { "Mô tả:", "Cách dùng:", "Tùy chọn:", "Lệnh:", "[mặc định: data]", "Hiện trợ giúp và cách dùng", "./lawmonitor tasks [lệnh] [tùy chọn]" })
        {
            Assert.Contains(heading, help.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Nhiệm vụ giao trong kế hoạch", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help", help.Stdout, StringComparison.Ordinal);

        Assert.Equal(1, badNumber.ExitCode);
        Assert.Contains("--page: không đọc được 'abc' — cần một số nguyên.", badNumber.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", badNumber.Stderr + badNumber.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, typo.ExitCode);
        Assert.Contains("Không có lệnh hoặc tham số 'shwo'.", typo.Stderr, StringComparison.Ordinal);
        Assert.Contains("Không có 'shwo'. Có phải là:", typo.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Thiếu tùy chọn bắt buộc --class.", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains("Thiếu tùy chọn bắt buộc --description.", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, badRole.ExitCode);
        Assert.Contains("--role: 'boss': dùng viewer, analyst hoặc admin", badRole.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search", "luật")]
    [InlineData("reparse")]
    [InlineData("findings")]
    public async Task DataOption_NamingAFile_IsRefusedInASentence_AndTheFileIsLeftAlone(params string[] verb)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "accounts.db");
        await File.WriteAllTextAsync(file, "không phải thư mục");

        var result = await Support.Cli.RunAsync([.. verb, "--data", file]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--data: '" + file + "' là một tệp, không phải thư mục dữ liệu", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal); // no stack trace
        Assert.Equal("không phải thư mục", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Eval_SmallJudgedSet_PrintsMetricsAndARunFile()
    {
        using var dir = new TempDirectory();
        var corpus = WriteCorpus(dir.Path, 30);
        var queries = Path.Combine(dir.Path, "queries.tsv");
        var qrels = Path.Combine(dir.Path, "qrels.txt");
        var run = Path.Combine(dir.Path, "run.txt");
        File.WriteAllText(queries, "q1\tmã5\nq2\tmã12 thi hành\n");
        File.WriteAllText(qrels, "q1 0 doc-5 1\nq2 0 doc-12 1\n");

        var result = await Support.Cli.RunAsync("eval", "--corpus", corpus, "--queries", queries, "--qrels", qrels, "--run", run, "--data", Path.Combine(dir.Path, "data"), "--json");

        Assert.Equal(0, result.ExitCode);
        var report = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(2, report.GetProperty("queries").GetInt32());
        Assert.Equal(1.0, report.GetProperty("ndcgAt10").GetDouble());
        Assert.Equal(1.0, report.GetProperty("mrrAt10").GetDouble());
        Assert.StartsWith("q1 Q0 doc-5 1 ", File.ReadLines(run).First(), StringComparison.Ordinal);
        var data = Path.Combine(dir.Path, "data");
        Assert.Empty(Directory.Exists(data) ? Directory.GetDirectories(data, "eval-*") : []);
    }

    [Fact]
    public async Task IndexJsonl_KilledMidBatch_LeavesAConsistentIndexThatARerunCompletes()
    {
        using var dir = new TempDirectory();
        var corpus = WriteCorpus(dir.Path, 30_000);
        var data = Path.Combine(dir.Path, "data");

        Directory.CreateDirectory(data);
        using (var process = Support.Cli.Start("index-jsonl", corpus, "--data", data, "--batch-size", "1000", "--json"))
        {
            await Support.DataFolder.WhenAsync(data, () => Support.DataFolder.Generation(data) >= 3, process, TimeSpan.FromMinutes(2));

            Assert.False(process.HasExited, "the indexer finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var index = LegalIndex.Open(data);
        var afterKill = IndexVerifier.Verify(index);
        Assert.True(afterKill.Ok, string.Join("; ", afterKill.Problems));
        Assert.True(afterKill.Documents >= 3000 && afterKill.Documents < 30_000, $"{afterKill.Documents} documents after the kill");
        Assert.Equal(0, afterKill.Documents % 1000); // only whole batches were committed

        var rerun = await Support.Cli.RunAsync("index-jsonl", corpus, "--data", data, "--json");
        Assert.Equal(0, rerun.ExitCode);
        var report = JsonDocument.Parse(rerun.Stdout).RootElement[0];
        Assert.Equal(afterKill.Documents, report.GetProperty("unchanged").GetInt32());
        Assert.Equal(30_000 - afterKill.Documents, report.GetProperty("added").GetInt32());

        var final = IndexVerifier.Verify(index);
        Assert.True(final.Ok, string.Join("; ", final.Problems));
        Assert.Equal(30_000, final.Documents);
        var verify = await Support.Cli.RunAsync("verify", "--data", data, "--json");
        Assert.Equal(0, verify.ExitCode);
    }
}
