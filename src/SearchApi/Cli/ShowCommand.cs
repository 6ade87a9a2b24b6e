using System.CommandLine;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;
using LawMonitor.SearchApi.Documents;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary><c>show DOCID [--version N]</c>: metadata, provision tree, citations, versions, OCR facts.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("docid") { Description = "Văn bản: mã văn bản (như ingest và search in ra) hoặc số, ký hiệu (12/2019/QĐ-UBND)" };
        var version = new Option<int?>("--version") { Description = "Xem phiên bản này thay cho phiên bản hiện hành" };
        var command = new Command("show", "Xem một văn bản: thông tin, cấu trúc điều khoản, viện dẫn, phiên bản, kết quả OCR");
        command.Arguments.Add(id);
        command.Options.Add(version);
        command.SetAction((result, _) =>
        {
            var index = RegisterCli.Index(result);
            var (docId, error, note) = CliDocuments.Resolve(index, result.GetValue(id)!);
            if (docId is null)
            {
                Console.Error.WriteLine(error);
                return Task.FromResult(3);
            }

            if (note is not null)
            {
                Console.Error.WriteLine(note);
            }

            var details = DocumentDetails.Build(index, docId.Value, result.GetValue(version));
            if (details is null)
            {
                Console.Error.WriteLine($"{docId}: không có phiên bản {result.GetValue(version)} (no version {result.GetValue(version)} of this document)");
                return Task.FromResult(3);
            }

            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(details);
            }
            else
            {
                Print(details);
            }

            return Task.FromResult(0);
        });
        return command;
    }

    private static void Print(DocumentDetailsResponse d)
    {
        var meta = new Table().HideHeaders().AddColumn("").AddColumn("");
        void Row(string name, object? value) => meta.AddRow(Markup.Escape(name), Markup.Escape(value?.ToString() ?? "(không rõ)"));
        Row("Văn bản", d.Label);
        Row("Mã văn bản (--json, API)", d.Id);
        Row("Số, ký hiệu", d.Number?.Display);
        Row("Loại", d.Type);
        Row("Trích yếu", d.Title);
        Row("Cơ quan ban hành", d.Issuer);
        Row("Nơi, ngày ban hành", string.Join(", ", new[] { d.Place, d.IssueDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) }.Where(s => s is not null)));
        Row("Ngày có hiệu lực", d.EffectiveDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? (d.EffectName is null ? "—" : null)); // a report has none to miss
        Row("Người ký", d.Signer is null ? null : $"{d.Signer} ({d.SignerTitle})");
        Row("Tình trạng hiệu lực", d.EffectNote is { } note ? $"{d.EffectName} — {note}" : d.EffectName ?? "không áp dụng (văn bản không có hiệu lực riêng)");
        if (d.PeriodName is { } period)
        {
            Row("Thời kỳ thực hiện", period);
        }
        Row("Tình trạng nguồn ghi", d.Status == "khong-ro" ? "nguồn không ghi" : d.StatusName);
        Row("Nguồn", d.SourceName);
        Row("Phiên bản", d.Version);
        Row("Cấu trúc", string.Join(", ", d.ProvisionCounts.Select(kv => $"{kv.Value} {LevelName(kv.Key).ToLowerInvariant()}")));
        if (d.Ocr is { } ocr)
        {
            Row("OCR", $"{ocr.Pages.Count} trang, độ tin cậy {ocr.Confidence:F0}%");
        }

        AnsiConsole.Write(meta);
        var tree = new Tree("[bold]Cấu trúc[/]");
        foreach (var node in d.Provisions)
        {
            AddNode(tree.AddNode(Label(node)), node, depth: 1);
        }

        foreach (var appendix in d.Appendices)
        {
            tree.AddNode(Markup.Escape(appendix.Heading));
        }

        AnsiConsole.Write(tree);
        if (d.Citations.Count > 0)
        {
            var citations = new Table().AddColumn("Tại").AddColumn("Quan hệ").AddColumn("Trích dẫn").AddColumn("Trỏ tới");
            foreach (var c in d.Citations.Take(50))
            {
                citations.AddRow(Markup.Escape(c.SourcePathLabel ?? c.SourcePath), Markup.Escape(c.RelationName ?? c.Relation), Markup.Escape(c.Text), Markup.Escape(c.TargetLabel ?? string.Empty));
            }

            AnsiConsole.Write(citations);
            if (d.Citations.Count > 50)
            {
                AnsiConsole.MarkupLine($"[grey]… và {d.Citations.Count - 50} trích dẫn khác (--json để xem tất cả)[/]");
            }
        }

        foreach (var c in d.CitedBy.Take(20))
        {
            AnsiConsole.MarkupLine($"[grey]Được viện dẫn bởi[/] {Markup.Escape(c.DocumentLabel ?? c.DocumentId)}, {Markup.Escape(c.SourcePathLabel ?? c.SourcePath)} ({Markup.Escape(c.RelationName ?? c.Relation)}): “{Markup.Escape(c.Text)}”");
        }

        var versions = new Table().AddColumn("Phiên bản").AddColumn("Tệp").AddColumn("Định dạng").AddColumn("Nhận lúc").AddColumn("SHA-256");
        foreach (var v in d.Versions)
        {
            versions.AddRow(v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(v.FileName), Markup.Escape(v.FormatName), Indexer.Calendar.VietnamCalendar.Display(v.IngestedAt), v.FileSha256[..12]);
        }

        if (d.Versions.Count > 0)
        {
            AnsiConsole.Write(versions);
        }
    }

    /// <summary>A level as the API codes it ("Chapter"), by its Vietnamese name.</summary>
    private static string LevelName(string code) =>
        Enum.TryParse<ProvisionLevel>(code, out var level) ? ProvisionPath.LevelName(level) : code;

    private static void AddNode(TreeNode parent, ProvisionNodeResponse node, int depth)
    {
        // Articles and above in full; clauses and points only counted, to keep a law readable on a screen.
        if (node.Level is "Article" or "Clause" or "Point")
        {
            var clauses = node.Children.Count;
            if (clauses > 0)
            {
                parent.AddNode($"[grey]{clauses} khoản/điểm[/]");
            }

            return;
        }

        foreach (var child in node.Children)
        {
            AddNode(parent.AddNode(Label(child)), child, depth + 1);
        }
    }

    /// <summary>A provision as an officer names it, "Điều 7 Quy chế — Thống kê, báo cáo"; its offsets in the text are for --json.</summary>
    private static string Label(ProvisionNodeResponse node) => Markup.Escape(node.HeadingLabel);
}
