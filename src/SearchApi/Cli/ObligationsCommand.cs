using System.CommandLine;
using System.Text.Json;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.SearchApi.Monitoring;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>obligations</c>: the duties to report that provisions set, and who has sent what in a year (default: this
/// year) — list, show one with its reports and history, record a report received, reject a duty read wrongly;
/// <c>obligations bodies</c> lists or imports the directory of the province's bodies. See <see cref="RegisterCli"/>
/// for exit codes.
/// </summary>
internal static class ObligationsCommand
{
    private const string What = "nghĩa vụ báo cáo";

    private static readonly Option<int?> Year = new("--year") { Description = "Năm của các báo cáo được hiển thị (mặc định: năm nay)", Recursive = true };

    public static Command Create()
    {
        var body = new Option<string?>("--body") { Description = "Từ trong tên cơ quan phải báo cáo" };
        var command = new Command("obligations", "Nghĩa vụ báo cáo và cơ quan nào đã gửi: liệt kê, xem, ghi nhận đã nhận, loại, danh sách cơ quan");
        command.Options.Add(Year);
        command.Options.Add(body);
        command.Options.Add(RegisterCli.Actor);
        command.SetAction(result =>
        {
            var today = RegisterCli.Today();
            var year = result.GetValue(Year) ?? today.Year;
            var who = result.GetValue(body);
            var store = RegisterCli.Store(result);
            var duties = store.ListObligations().Where(o => o.Status != ObligationStatus.Rejected).ToList();
            var reports = duties.SelectMany(o => ObligationDue.Instances(o, year, today))
                .Where(i => who is null || BodyNames.Mentions(i.Body, who))
                .OrderBy(i => i.Period.Due).ThenBy(i => i.Body, StringComparer.Ordinal)
                .ToList();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new { year, obligations = duties, reports = reports.Select(i => new { i.ObligationId, i.Body, period = i.Period.Key, due = i.Period.Due, state = i.State, stateName = ObligationDue.Name(i.State), i.Receipt }) });
                return 0;
            }

            var labels = RegisterCli.Labels(result);
            var list = new Table().AddColumn("#").AddColumn("Trạng thái").AddColumn("Cơ quan phải báo cáo").AddColumn("Báo cáo").AddColumn("Gửi").AddColumn("Thời hạn").AddColumn("Quy định");
            foreach (var o in duties)
            {
                list.AddRow($"{o.Id}", Markup.Escape(ObligationLifecycle.Name(o.Status)), Markup.Escape(o.Obligor), Markup.Escape(LetterCase.Capitalize(o.ReportName)), Markup.Escape(o.Recipient),
                    Markup.Escape(TasksCommand.Deadline(o.Deadline)), Markup.Escape(DocumentName.WithProvision(labels.OfReference(o.Source.DocumentId), o.Source.Path)));
            }

            AnsiConsole.Write(list);
            var table = new Table().AddColumn("Cơ quan").AddColumn("Kỳ").AddColumn("Hạn").AddColumn("Tình trạng").AddColumn("Báo cáo đã nhận").AddColumn("Nghĩa vụ");
            foreach (var i in reports)
            {
                var state = i.State switch
                {
                    ReportState.Missing => $"[red]{ObligationDue.Name(i.State)}[/]",
                    ReportState.Late or ReportState.DueSoon => $"[yellow]{ObligationDue.Name(i.State)}[/]",
                    _ => ObligationDue.Name(i.State),
                };
                table.AddRow(Markup.Escape(i.Body), i.Period.Key, i.Period.Due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), state,
                    Markup.Escape(i.Receipt is { } r ? $"{r.ReceivedOn:dd/MM/yyyy} {(r.Document is { } d ? labels.OfReference(d) : r.Note ?? "")}".TrimEnd() : "—"), $"#{i.ObligationId}");
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{duties.Count} nghĩa vụ báo cáo; năm {year}: {reports.Count} báo cáo phải gửi, {reports.Count(i => i.State == ReportState.OnTime)} đúng hạn, {reports.Count(i => i.State == ReportState.Late)} muộn, {reports.Count(i => i.State == ReportState.Missing)} chưa gửi (quá hạn)");
            return 0;
        });
        RegisterCli.AddListVerb(command);
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Receive());
        var reason = new Option<string>("--reason") { Description = "Lý do đây không phải nghĩa vụ báo cáo", Required = true };
        command.Subcommands.Add(Transition("reject", "Loại một nghĩa vụ báo cáo đọc sai", [reason], (result, store, o, version, actor) => store.RejectObligation(o.Id, version, actor, result.GetValue(reason))));
        command.Subcommands.Add(Bodies());
        return command;
    }

    private static Command Show()
    {
        var id = RegisterCli.Id(What);
        var command = new Command("show", "Một nghĩa vụ báo cáo với các báo cáo trong năm và lịch sử");
        command.Arguments.Add(id);
        command.SetAction(result =>
        {
            var store = RegisterCli.Store(result);
            if (store.GetObligation(new ObligationId(result.GetValue(id))) is not { } o)
            {
                return RegisterCli.NotFound(What, result.GetValue(id));
            }

            var today = RegisterCli.Today();
            var year = result.GetValue(Year) ?? today.Year;
            var history = store.History(MonitoringStore.ObligationEntity, o.Id.Value);
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new { obligation = o, year, reports = ObligationDue.Instances(o, year, today), history });
                return 0;
            }

            Print(o, year, RegisterCli.Labels(result));
            RegisterCli.PrintHistory(MonitoringStore.ObligationEntity, history, RegisterCli.Labels(result));
            return 0;
        });
        return command;
    }

    private static Command Receive()
    {
        var body = new Option<string>("--body") { Description = "Cơ quan đã gửi báo cáo", Required = true };
        var period = new Option<string?>("--period") { Description = "Kỳ báo cáo (2026, 2026-Q3; mặc định: cả năm)" };
        var on = new Option<string?>("--on") { Description = "Ngày nhận (mặc định: ngày của báo cáo, nếu không có thì hôm nay)" };
        var document = new Option<string?>("--document") { Description = "Báo cáo đã nhập, theo mã hoặc số, ký hiệu" };
        var note = new Option<string?>("--note") { Description = "Ghi chú" };
        return Transition("receive", "Ghi nhận đã nhận báo cáo của một cơ quan cho một kỳ", [body, period, on, document, note], (result, store, o, version, actor) =>
        {
            var reader = RegisterCli.Index(result).Documents;
            var report = result.GetValue(document) is { } d ? reader.Resolve(d) : null;
            if (result.GetValue(document) is { } named && report is null)
            {
                return Outcome<ReportingObligation>.Fail(LifecycleErrorCodes.Invalid, $"--document: '{named}' không có trong kho văn bản (no such document)", "document");
            }

            DateOnly? day = null;
            if (result.GetValue(on) is { } text)
            {
                if (!RegisterValues.TryDate(text, out var parsed))
                {
                    return Outcome<ReportingObligation>.Fail(LifecycleErrorCodes.Invalid, $"--on: '{text}' không phải ngày (not a date)", "receivedOn");
                }

                day = parsed;
            }

            day ??= (report is { } r ? reader.Get(r, withText: false)?.Document.IssueDate : null) ?? RegisterCli.Today();
            var key = result.GetValue(period) ?? (result.GetValue(Year) ?? day.Value.Year).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return store.RecordReceipt(o.Id, version, actor, new ReportReceipt(result.GetValue(body)!, key, day.Value, report?.Value, result.GetValue(note)));
        });
    }

    private static Command Bodies()
    {
        var file = new Argument<FileInfo?>("file") { Description = "Danh sách cơ quan (JSON) để nhập: [{\"name\": \"Sở Tư pháp\", \"groups\": [\"các sở, ban, ngành\"]}, …]", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("bodies", "Liệt kê các cơ quan của tỉnh, hoặc thay bằng danh sách trong tệp JSON");
        command.Arguments.Add(file);
        command.SetAction(result =>
        {
            var store = RegisterCli.Store(result);
            if (result.GetValue(file) is { } path)
            {
                if (!path.Exists)
                {
                    return RegisterCli.Invalid(path.FullName, "không có tệp này (no such file)");
                }

                List<GovernmentBody>? bodies;
                try
                {
                    bodies = JsonSerializer.Deserialize<List<GovernmentBody>>(File.ReadAllText(path.FullName), CliJson.Options);
                }
                catch (JsonException e)
                {
                    return RegisterCli.Invalid(path.FullName, $"JSON không hợp lệ ở dòng {(e.LineNumber ?? 0) + 1} ({e.Path}) (invalid JSON)");
                }

                if (bodies is null || bodies.Any(b => string.IsNullOrWhiteSpace(b?.Name)))
                {
                    return RegisterCli.Invalid(path.FullName, "mỗi cơ quan cần \"name\" (each body needs a name)");
                }

                store.ReplaceBodies([.. bodies.Select(b => b with { Groups = b.Groups ?? [] })]);
            }

            var directory = store.Bodies();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(directory.Bodies);
                return 0;
            }

            var table = new Table().AddColumn("Cơ quan").AddColumn("Được gọi chung là");
            foreach (var b in directory.Bodies)
            {
                table.AddRow(Markup.Escape(b.Name), Markup.Escape(string.Join("; ", b.Groups)));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{directory.Bodies.Count} cơ quan");
            return 0;
        });
        return command;
    }

    private static Command Transition(string name, string description, Option[] options, Func<ParseResult, MonitoringStore, ReportingObligation, int, string, Outcome<ReportingObligation>> change) =>
        RegisterCli.Transition(name, description, What, options, (store, id) => store.GetObligation(new ObligationId(id)), r => r.Version, change, (result, o) => Print(o, result.GetValue(Year) ?? RegisterCli.Today().Year, RegisterCli.Labels(result)));

    private static void Print(ReportingObligation o, int year, DocumentLabels labels)
    {
        var today = RegisterCli.Today();
        var table = new Table().HideHeaders().AddColumn("").AddColumn("");
        void Row(string name, string? value) => table.AddRow(Markup.Escape(name), Markup.Escape(value ?? "—"));
        Row("Nghĩa vụ báo cáo", $"#{o.Id} (phiên bản {o.Version})");
        Row("Trạng thái", ObligationLifecycle.Name(o.Status));
        Row("Cơ quan phải báo cáo", o.Obligor);
        Row("Gồm", o.Bodies.Count == 0 ? null : string.Join("; ", o.Bodies));
        Row("Báo cáo", LetterCase.Capitalize(o.ReportName));
        Row("Gửi", o.Recipient);
        Row("Thời hạn", TasksCommand.Deadline(o.Deadline));
        Row("Quy định", DocumentName.WithProvision(labels.OfReference(o.Source.DocumentId), o.Source.Path));
        Row("Trích", o.SourceText);
        Row("Áp dụng", $"{(o.AppliesFrom is { } f ? $"từ {f:dd/MM/yyyy}" : "")}{(o.AppliesUntil is { } u ? $" đến trước {u:dd/MM/yyyy}" : "")}".Trim() is { Length: > 0 } span ? span : null);
        Row("Được thay bằng", o.SupersededBy is { } by ? $"#{by}" : null);
        Row("Thay cho", o.Supersedes is { } s ? $"#{s}" : null);
        Row("Ghi chú", o.Reason);
        foreach (var i in ObligationDue.Instances(o, year, today))
        {
            Row($"{i.Body}, kỳ {i.Period.Key}", $"hạn {i.Period.Due:dd/MM/yyyy}: {ObligationDue.Name(i.State)}{(i.Receipt is { } r ? $" ({r.ReceivedOn:dd/MM/yyyy}{(r.Document is { } d ? ", " + labels.OfReference(d) : "")})" : "")}");
        }

        AnsiConsole.Write(table);
    }
}
