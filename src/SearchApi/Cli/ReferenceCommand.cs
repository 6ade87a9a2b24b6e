using System.CommandLine;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Storage;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>reference import FILE</c>: loads a status list (CSV or JSON, as the national database exports it) over
/// the reference table of central documents' effect; <c>reference list</c>: what the table holds now.
/// </summary>
internal static class ReferenceCommand
{
    public static Command Create()
    {
        var command = new Command("reference", "Bảng tra cứu hiệu lực văn bản trung ương: nhập danh mục hiệu lực của cơ quan, hoặc liệt kê");
        var file = new Argument<FileInfo>("FILE") { Description = "CSV (dòng tiêu đề: number,status,type,title,issuer,issued,since,replacedBy,relation,source) hoặc các dòng JSON" };
        var import = new Command("import", "Nạp một danh mục hiệu lực; dòng cùng số thay dòng cũ, và hiệu lực mọi văn bản được xác định lại") { file };
        import.SetAction((result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"{path.FullName}: không có tệp này (no such file)");
                return Task.FromResult(1);
            }

            var (facts, errors) = ReferenceListReader.Read(path.Name, File.ReadAllText(path.FullName), RegisterCli.Today());
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            if (facts.Count > 0)
            {
                LegalIndex.Open(result.GetValue(CliOptions.Data)!).ImportReferenceFacts(facts, CliClock.Clock);
            }

            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new { imported = facts.Count, errors });
            }
            else
            {
                Console.WriteLine($"Đã nhập {facts.Count} dòng từ {path.Name}; {errors.Count} dòng lỗi (imported {facts.Count}, {errors.Count} refused).");
            }

            return Task.FromResult(errors.Count == 0 ? 0 : facts.Count > 0 ? 2 : 1);
        });
        var list = new Command("list", "Bảng đang dùng để xác định hiệu lực: dữ kiện có sẵn và dữ kiện đã nhập đè lên");
        list.SetAction((result, cancellationToken) =>
        {
            var index = LegalIndex.Open(result.GetValue(CliOptions.Data)!);
            var imported = index.ImportedFacts.Select(f => f.Number.Key).ToHashSet(StringComparer.Ordinal);
            var rows = index.EffectFacts.Facts.OrderBy(f => f.Number.Display, StringComparer.Ordinal).Select(f => new
            {
                document = DocumentName.Of(f.Number, f.Type.Length > 0 ? f.Type : null, null),
                effect = f.Effect == Indexer.Model.EffectStatus.Unknown ? "Chưa rõ" : EffectStatusNames.Name(f.Effect),
                since = f.Since?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                by = f.By is null ? null : f.ByLabel,
                origin = imported.Contains(f.Number.Key) ? "đã nhập" : "bảng có sẵn",
                source = f.Source,
                conflict = Conflict(index, f),
            }).ToList();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(rows);
                return Task.FromResult(0);
            }

            foreach (var row in rows)
            {
                Console.WriteLine($"{row.document}: {row.effect}{(row.since is null ? "" : " từ ngày " + row.since)}{(row.by is null ? "" : ", do " + row.by)} [{row.origin}] — nguồn: {row.source}");
                if (row.conflict is not null)
                {
                    Console.WriteLine("  ⚠ " + row.conflict);
                }
            }

            return Task.FromResult(0);
        });
        command.Subcommands.Add(import);
        command.Subcommands.Add(list);
        return command;
    }

    /// <summary>
    /// How a held document with the fact's number disagrees with it, in the words an officer reads; null when
    /// none is held, the fact's effect is unknown, or they agree. The held document's effect is the one used.
    /// </summary>
    private static string? Conflict(LegalIndex index, Indexer.Legal.Effect.CentralEffectFact fact)
    {
        if (fact.Effect == Indexer.Model.EffectStatus.Unknown)
        {
            return null;
        }

        foreach (var id in index.Documents.WithNumber(fact.Number.Display))
        {
            if (index.Documents.Get(id, withText: false) is { } held && held.Effect.Status != fact.Effect && held.Effect.Status != Indexer.Model.EffectStatus.Unknown)
            {
                return $"khác với văn bản đã thu thập: {DocumentName.Of(held.Document.Number, held.Document.Type, held.Document.Title)} ghi nhận {EffectStatusNames.Name(held.Effect.Status)}; hiệu lực theo văn bản đã thu thập được dùng";
            }
        }

        return null;
    }
}
