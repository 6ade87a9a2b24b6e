using System.CommandLine;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.SearchApi.Monitoring;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>findings</c>: the findings register — list (by status, class), show one with its history, record one,
/// confirm, dismiss or reopen (with a reason). See <see cref="RegisterCli"/> for exit codes.
/// </summary>
internal static class FindingsCommand
{
    public static Command Create()
    {
        var status = new Option<string?>("--status") { Description = "Trạng thái: " + RegisterValues.Described<FindingStatus>(MonitoringNames.Of) };
        var cls = new Option<string?>("--class") { Description = "Nhóm vấn đề: " + RegisterValues.Described<FindingClass>(MonitoringNames.Of) };
        var command = new Command("findings", "Sổ phát hiện: liệt kê, xem, ghi nhận, xác nhận, loại, mở lại");
        command.Options.Add(status);
        command.Options.Add(cls);
        command.Options.Add(RegisterCli.Actor);
        command.SetAction(result =>
        {
            FindingStatus? s = null;
            FindingClass? c = null;
            if (result.GetValue(status) is { } st)
            {
                if (!RegisterValues.TryEnum<FindingStatus>(st, out var parsed))
                {
                    return RegisterCli.Invalid("--status", $"'{st}': dùng {RegisterValues.Described<FindingStatus>(MonitoringNames.Of)}");
                }

                s = parsed;
            }

            if (result.GetValue(cls) is { } cl)
            {
                if (!RegisterValues.TryEnum<FindingClass>(cl, out var parsed))
                {
                    return RegisterCli.Invalid("--class", $"'{cl}': dùng {RegisterValues.Described<FindingClass>(MonitoringNames.Of)}");
                }

                c = parsed;
            }

            var findings = RegisterCli.Store(result).ListFindings(s).Where(f => c is null || f.Class == c).ToList();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(findings);
                return 0;
            }

            var labels = RegisterCli.Labels(result);
            // The description is what is read: the other columns keep to their words' width, it takes the rest.
            var table = new Table().AddColumn("#").AddColumn(new TableColumn("Nhóm vấn đề").Width(24)).AddColumn(new TableColumn("Trạng thái").NoWrap())
                .AddColumn("Mô tả").AddColumn(new TableColumn("Phát hiện bởi").Width(26));
            foreach (var f in findings)
            {
                table.AddRow($"{f.Id}", Markup.Escape(MonitoringNames.Of(f.Class)), Markup.Escape(MonitoringNames.Of(f.Status)), Markup.Escape(f.Description), Markup.Escape(labels.Person(f.FoundBy)));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{findings.Count} phát hiện");
            return 0;
        });
        RegisterCli.AddListVerb(command);
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Transition("confirm", "Xác nhận một phát hiện đang chờ xem xét", reasonRequired: false, (store, id, version, actor, _) => store.ConfirmFinding(new FindingId(id), version, actor)));
        command.Subcommands.Add(Transition("dismiss", "Loại một phát hiện (phải nêu lý do)", reasonRequired: true, (store, id, version, actor, reason) => store.DismissFinding(new FindingId(id), version, actor, reason)));
        command.Subcommands.Add(Transition("reopen", "Mở lại một phát hiện đã loại (phải nêu lý do)", reasonRequired: true, (store, id, version, actor, reason) => store.ReopenFinding(new FindingId(id), version, actor, reason)));
        return command;
    }

    private static Command Show()
    {
        var id = RegisterCli.Id("phát hiện");
        var command = new Command("show", "Một phát hiện với quy định liên quan, chứng cứ và lịch sử");
        command.Arguments.Add(id);
        command.SetAction(result =>
        {
            var store = RegisterCli.Store(result);
            if (store.GetFinding(new FindingId(result.GetValue(id))) is not { } f)
            {
                return RegisterCli.NotFound("phát hiện", result.GetValue(id));
            }

            var history = store.History(MonitoringStore.FindingEntity, f.Id.Value);
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new { finding = f, history });
                return 0;
            }

            Print(f, RegisterCli.Labels(result));
            RegisterCli.PrintHistory(MonitoringStore.FindingEntity, history, RegisterCli.Labels(result));
            return 0;
        });
        return command;
    }

    private static Command Add()
    {
        var cls = new Option<string>("--class") { Description = "Nhóm vấn đề: " + RegisterValues.Described<FindingClass>(MonitoringNames.Of), Required = true };
        var description = new Option<string>("--description") { Description = "Vấn đề phát hiện", Required = true };
        var provisions = new Option<string[]>("--provision") { Description = "VĂN BẢN[:ĐIỀU KHOẢN], văn bản theo mã hoặc số, ký hiệu (dùng nhiều lần được)", AllowMultipleArgumentsPerToken = false };
        var field = new Option<string?>("--field") { Description = "Lĩnh vực" };
        var evidence = new Option<string[]>("--evidence") { Description = "LOẠI:NGUỒN[:GHI CHÚ] — document (văn bản), inspection (kiểm tra), survey (khảo sát), petition (phản ánh, kiến nghị), press (báo chí); dùng nhiều lần được" };
        var command = new Command("add", "Ghi nhận một phát hiện (chờ xem xét)");
        command.Options.Add(cls);
        command.Options.Add(description);
        command.Options.Add(provisions);
        command.Options.Add(field);
        command.Options.Add(evidence);
        command.SetAction(result =>
        {
            if (!RegisterValues.TryEnum<FindingClass>(result.GetValue(cls), out var c))
            {
                return RegisterCli.Invalid("--class", $"'{result.GetValue(cls)}': dùng {RegisterValues.Described<FindingClass>(MonitoringNames.Of)}");
            }

            if (string.IsNullOrWhiteSpace(result.GetValue(description)))
            {
                return RegisterCli.Invalid("--description", "cần mô tả vấn đề (a description is required)");
            }

            var reader = RegisterCli.Index(result).Documents;
            var references = new List<ProvisionReference>();
            foreach (var p in result.GetValue(provisions) ?? [])
            {
                var (reference, error) = RegisterValues.Provision(reader, p);
                if (reference is null)
                {
                    return RegisterCli.Invalid("--provision", $"{p}: {error}");
                }

                references.Add(reference);
            }

            var evidences = new List<Evidence>();
            foreach (var e in result.GetValue(evidence) ?? [])
            {
                var parts = e.Split(':', 3);
                if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
                {
                    return RegisterCli.Invalid("--evidence", $"{e}: viết KIND:REFERENCE[:NOTE] (write KIND:REFERENCE[:NOTE])");
                }

                evidences.Add(new Evidence(parts[0].Trim(), parts[1].Trim(), parts.Length > 2 ? parts[2].Trim() : null));
            }

            var actor = result.GetValue(RegisterCli.Actor)!;
            var stored = RegisterCli.Store(result).AddFinding(new Finding(default, c, result.GetValue(description)!.Trim())
            {
                Provisions = references,
                Evidence = evidences,
                Field = result.GetValue(field),
            }, actor);
            return RegisterCli.Outcome(result, Outcome<Finding>.Ok(stored), f => Print(f, RegisterCli.Labels(result)));
        });
        return command;
    }

    private static Command Transition(string name, string description, bool reasonRequired, Func<MonitoringStore, long, int, string, string?, Outcome<Finding>> change)
    {
        var id = RegisterCli.Id("phát hiện");
        var reason = new Option<string?>("--reason") { Description = "Lý do", Required = reasonRequired };
        var command = new Command(name, description);
        command.Arguments.Add(id);
        command.Options.Add(reason);
        command.Options.Add(RegisterCli.ExpectVersion);
        command.SetAction(result =>
        {
            var store = RegisterCli.Store(result);
            if (store.GetFinding(new FindingId(result.GetValue(id))) is not { } current)
            {
                return RegisterCli.NotFound("phát hiện", result.GetValue(id));
            }

            var version = result.GetValue(RegisterCli.ExpectVersion) ?? current.Version;
            return RegisterCli.Outcome(result, change(store, current.Id.Value, version, result.GetValue(RegisterCli.Actor)!, result.GetValue(reason)), f => Print(f, RegisterCli.Labels(result)));
        });
        return command;
    }

    private static void Print(Finding f, DocumentLabels labels)
    {
        var table = new Table().HideHeaders().AddColumn("").AddColumn("");
        void Row(string name, string? value) => table.AddRow(Markup.Escape(name), Markup.Escape(value ?? "—"));
        Row("Phát hiện", $"#{f.Id} (phiên bản {f.Version})");
        Row("Nhóm vấn đề", MonitoringNames.Of(f.Class));
        Row("Trạng thái", MonitoringNames.Of(f.Status) + (f.Reason is { } r ? $" — {r}" : ""));
        Row("Mô tả", f.Description);
        Row("Quy định", string.Join("\n", f.Provisions.Select(p => Indexer.Legal.DocumentName.WithProvision(labels.OfReference(p.DocumentId), p.Path) + $" (phiên bản {p.Version})").Distinct()));
        Row("Chứng cứ", string.Join("\n", f.Evidence.Select(e => $"{MonitoringNames.EvidenceKind(e.Kind)}: " + (e.Note ?? labels.OfReference(e.Reference)))));
        Row("Lĩnh vực", f.Field);
        Row("Phát hiện bởi", labels.Person(f.FoundBy));
        AnsiConsole.Write(table);
    }
}
