using System.CommandLine;
using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.SearchApi.Monitoring;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>tasks</c>: the tasks plans give — list (by status, plan, lead body, overdue; ordered by deadline), show one
/// with its history, confirm or reject a proposal, start, mark done with what shows it, cancel. Overdue is
/// derived on the Vietnam calendar (<c>LAWMONITOR_CLOCK</c> fixes "today"). See <see cref="RegisterCli"/> for exit codes.
/// </summary>
internal static class TasksCommand
{
    private const string What = "nhiệm vụ";

    public static Command Create()
    {
        var status = new Option<string?>("--status") { Description = "Trạng thái: " + RegisterValues.Described<PlanTaskStatus>(PlanTaskLifecycle.Name) };
        var plan = new Option<string?>("--plan") { Description = "Kế hoạch, theo mã hoặc số, ký hiệu (25/KH-UBND)" };
        var body = new Option<string?>("--body") { Description = "Từ trong tên cơ quan chủ trì (Sở Tư pháp)" };
        var overdue = new Option<bool>("--overdue") { Description = "Chỉ những nhiệm vụ quá hạn mà chưa hoàn thành" };
        var command = new Command("tasks", "Nhiệm vụ giao trong kế hoạch: liệt kê, xem, xác nhận, loại, bắt đầu, hoàn thành, hủy");
        command.Options.Add(status);
        command.Options.Add(plan);
        command.Options.Add(body);
        command.Options.Add(overdue);
        command.Options.Add(RegisterCli.Actor);
        command.SetAction(result =>
        {
            PlanTaskStatus? s = null;
            if (result.GetValue(status) is { } st)
            {
                if (!RegisterValues.TryEnum<PlanTaskStatus>(st, out var parsed))
                {
                    return RegisterCli.Invalid("--status", $"'{st}': dùng {RegisterValues.Described<PlanTaskStatus>(PlanTaskLifecycle.Name)}");
                }

                s = parsed;
            }

            string? planId = null;
            var index = RegisterCli.Index(result);
            if (result.GetValue(plan) is { } p)
            {
                if (index.Documents.Resolve(p) is not { } resolved)
                {
                    return RegisterCli.Invalid("--plan", $"'{p}': không có kế hoạch này trong kho văn bản (no such plan)");
                }

                planId = resolved.Value;
            }

            var today = RegisterCli.Today();
            var lead = result.GetValue(body);
            var list = RegisterCli.Store(result).ListTasks(s, planId)
                .Where(t => !result.GetValue(overdue) || TaskDue.IsOverdue(t, today))
                .Where(t => lead is null || (t.LeadBody is { } l && BodyNames.Mentions(l, lead)))
                .OrderBy(t => t.Deadline.Due ?? DateOnly.MaxValue).ThenBy(t => t.Id)
                .ToList();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(list.Select(t => new { task = t, overdue = TaskDue.IsOverdue(t, today), dueSoon = TaskDue.FallsDueSoon(t, today) }));
                return 0;
            }

            var labels = new DocumentLabels(index.Documents);
            var table = new Table().AddColumn("#").AddColumn("Trạng thái").AddColumn("Nhiệm vụ").AddColumn("Cơ quan chủ trì").AddColumn("Thời hạn").AddColumn("Kế hoạch");
            foreach (var t in list)
            {
                // How late or how near, under the deadline it is counted from, as the web page shows it.
                var due = Markup.Escape(Deadline(t.Deadline)) + (TaskDue.DaysOverdue(t, today) is { } days ? $"\n[red]quá hạn {days} ngày[/]" : TaskDue.FallsDueSoon(t, today) ? "\n[yellow]sắp đến hạn[/]" : "");
                table.AddRow($"{t.Id}", Markup.Escape(PlanTaskLifecycle.Name(t.Status)), Markup.Escape(t.Content), Markup.Escape(t.LeadBody ?? "—"), due,
                    Markup.Escape(DocumentName.WithProvision(labels.OfReference(t.Source.DocumentId), t.Source.Path)));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{list.Count} nhiệm vụ");
            return 0;
        });
        RegisterCli.AddListVerb(command);
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Transition("confirm", "Xác nhận một nhiệm vụ đề xuất: chuyển thành đã giao", [], (_, store, t, version, actor) => store.ConfirmTask(t.Id, version, actor)));
        var reason = new Option<string>("--reason") { Description = "Lý do", Required = true };
        command.Subcommands.Add(Transition("reject", "Loại một nhiệm vụ đề xuất (không phải nhiệm vụ của kế hoạch)", [reason], (result, store, t, version, actor) => store.RejectTask(t.Id, version, actor, result.GetValue(reason))));
        command.Subcommands.Add(Transition("start", "Ghi nhận nhiệm vụ đã giao đang được thực hiện", [], (_, store, t, version, actor) => store.StartTask(t.Id, version, actor)));
        command.Subcommands.Add(Done());
        var cancelReason = new Option<string>("--reason") { Description = "Lý do hủy", Required = true };
        command.Subcommands.Add(Transition("cancel", "Hủy một nhiệm vụ", [cancelReason], (result, store, t, version, actor) => store.CancelTask(t.Id, version, actor, result.GetValue(cancelReason))));
        return command;
    }

    private static Command Show()
    {
        var id = RegisterCli.Id(What);
        var command = new Command("show", "Một nhiệm vụ với nguồn trong kế hoạch và lịch sử");
        command.Arguments.Add(id);
        command.SetAction(result =>
        {
            var store = RegisterCli.Store(result);
            if (store.GetTask(new PlanTaskId(result.GetValue(id))) is not { } t)
            {
                return RegisterCli.NotFound(What, result.GetValue(id));
            }

            var history = store.History(MonitoringStore.TaskEntity, t.Id.Value);
            var today = RegisterCli.Today();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new { task = t, overdue = TaskDue.IsOverdue(t, today), dueSoon = TaskDue.FallsDueSoon(t, today), history });
                return 0;
            }

            Print(t, RegisterCli.Labels(result));
            RegisterCli.PrintHistory(MonitoringStore.TaskEntity, history, RegisterCli.Labels(result));
            return 0;
        });
        return command;
    }

    private static Command Done()
    {
        var with = new Option<string>("--with") { Description = "Văn bản hoặc báo cáo thể hiện kết quả (mã, số, ký hiệu hoặc lời mô tả)", Required = true };
        var on = new Option<string?>("--on") { Description = "Ngày hoàn thành (mặc định: ngày của văn bản đó, nếu không có thì hôm nay)" };
        return Transition("done", "Ghi nhận nhiệm vụ đã hoàn thành, kèm văn bản thể hiện kết quả", [with, on], (result, store, t, version, actor) =>
        {
            var reader = RegisterCli.Index(result).Documents;
            var document = reader.Resolve(result.GetValue(with)!);
            DateOnly? day = null;
            if (result.GetValue(on) is { } o)
            {
                if (!RegisterValues.TryDate(o, out var parsed))
                {
                    return Outcome<PlanTask>.Fail(LifecycleErrorCodes.Invalid, $"--on: '{o}' không phải ngày (not a date)", "doneOn");
                }

                day = parsed;
            }

            day ??= (document is { } d ? reader.Get(d, withText: false)?.Document.IssueDate : null) ?? RegisterCli.Today();
            return store.CompleteTask(t.Id, version, actor, document?.Value ?? result.GetValue(with), day);
        });
    }

    private static Command Transition(string name, string description, Option[] options, Func<ParseResult, MonitoringStore, PlanTask, int, string, Outcome<PlanTask>> change) =>
        RegisterCli.Transition(name, description, What, options, (store, id) => store.GetTask(new PlanTaskId(id)), r => r.Version, change, (result, t) => Print(t, RegisterCli.Labels(result)));

    /// <summary>A deadline as people read it: the plan's words, and the last day when it is not in them.</summary>
    internal static string Deadline(TaskDeadline d) =>
        d.Kind == DeadlineKind.Unspecified ? "—"
        : d.Due is { } due && !d.Text.Contains(due.ToString("d/M/yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal) ? $"{d.Text} (đến {due:dd/MM/yyyy})"
        : d.Text;

    private static void Print(PlanTask t, DocumentLabels labels)
    {
        var today = RegisterCli.Today();
        var table = new Table().HideHeaders().AddColumn("").AddColumn("");
        void Row(string name, string? value) => table.AddRow(Markup.Escape(name), Markup.Escape(value ?? "—"));
        Row("Nhiệm vụ", $"#{t.Id} (phiên bản {t.Version})");
        Row("Trạng thái", PlanTaskLifecycle.Name(t.Status) + (TaskDue.IsOverdue(t, today) ? $" — quá hạn {TaskDue.DaysOverdue(t, today)} ngày" : TaskDue.FallsDueSoon(t, today) ? " — sắp đến hạn" : ""));
        Row("Nội dung", t.Content);
        Row("Loại", TaskKinds.Name(t.Kind));
        Row("Cơ quan chủ trì", t.LeadBody);
        Row("Cơ quan phối hợp", t.CooperatingBodies.Count == 0 ? null : string.Join("; ", t.CooperatingBodies));
        Row("Thời hạn", Deadline(t.Deadline));
        Row("Sản phẩm", t.Product);
        Row("Lĩnh vực", t.Field);
        Row("Kế hoạch", DocumentName.WithProvision(labels.OfReference(t.Source.DocumentId), t.Source.Path));
        Row("Trích", t.SourceText);
        Row("Hoàn thành", t.DoneOn is null ? null : $"{t.DoneOn:dd/MM/yyyy}: {labels.OfReference(t.DoneWith ?? "")}{(TaskDue.DoneLate(t) ? " (sau thời hạn)" : "")}");
        Row("Báo cáo kết quả", t.ReportDocument is { } r ? labels.OfReference(r) : null);
        Row("Phát hiện", t.FindingIds.Count == 0 ? null : string.Join(", ", t.FindingIds.Select(f => "#" + f)));
        Row("Lý do", t.Reason);
        Row("Đề xuất bởi", labels.Person(t.ProposedBy));
        AnsiConsole.Write(table);
    }
}
