using System.CommandLine;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.SearchApi.Monitoring;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// <c>recommendations</c>: the kiến nghị register — list (by status, overdue, competent body), show one with
/// its history, draft one, and take it through send → answer → implement, or close it. Dates are
/// 2025-04-08 or 08/04/2025; "today" is the machine's date. See <see cref="RegisterCli"/> for exit codes.
/// </summary>
internal static class RecommendationsCommand
{
    private const string What = "kiến nghị";

    public static Command Create()
    {
        var status = new Option<string?>("--status") { Description = "Trạng thái: " + RegisterValues.Described<RecommendationStatus>(MonitoringNames.Of) };
        var overdue = new Option<bool>("--overdue") { Description = "Chỉ những kiến nghị quá hạn trả lời mà chưa được trả lời" };
        var authority = new Option<string?>("--authority") { Description = "Từ trong tên cơ quan có thẩm quyền" };
        var command = new Command("recommendations", "Sổ kiến nghị: liệt kê, xem, soạn, gửi, ghi nhận trả lời, ghi nhận thực hiện, đóng");
        command.Options.Add(status);
        command.Options.Add(overdue);
        command.Options.Add(authority);
        command.Options.Add(RegisterCli.Actor);
        command.SetAction(result =>
        {
            RecommendationStatus? s = null;
            if (result.GetValue(status) is { } st)
            {
                if (!RegisterValues.TryEnum<RecommendationStatus>(st, out var parsed))
                {
                    return RegisterCli.Invalid("--status", $"'{st}': dùng {RegisterValues.Described<RecommendationStatus>(MonitoringNames.Of)}");
                }

                s = parsed;
            }

            var today = RegisterCli.Today();
            var folded = result.GetValue(authority) is { } a ? Indexer.Analysis.VietnameseAnalyzer.FoldWords(a) : null;
            var list = RegisterCli.Store(result).ListRecommendations(s)
                .Where(r => !result.GetValue(overdue) || r.IsOverdue(today))
                .Where(r => folded is null || Indexer.Analysis.VietnameseAnalyzer.FoldWords(r.CompetentBody).Contains(folded, StringComparison.Ordinal))
                .ToList();
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(list.Select(r => new { recommendation = r, overdue = r.IsOverdue(today) }));
                return 0;
            }

            var table = new Table().AddColumn("#").AddColumn("Trạng thái").AddColumn("Hình thức").AddColumn("Cơ quan có thẩm quyền").AddColumn("Công văn").AddColumn("Hạn trả lời").AddColumn("Nội dung");
            foreach (var r in list)
            {
                var state = MonitoringNames.Of(r.Status) + (Overdue.DaysOverdue(r, today) is { } days ? $" [red](quá hạn {days} ngày)[/]" : "");
                table.AddRow($"{r.Id}", state, Markup.Escape(MonitoringNames.Of(r.Action)), Markup.Escape(r.CompetentBody), Markup.Escape(r.DispatchNumber ?? "—"),
                    r.Deadline?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "—", Markup.Escape(r.Content.Length > 80 ? r.Content[..80] + "…" : r.Content));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{list.Count} kiến nghị");
            return 0;
        });
        RegisterCli.AddListVerb(command);
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Send());
        command.Subcommands.Add(Answer());
        command.Subcommands.Add(Implement());
        command.Subcommands.Add(Close());
        return command;
    }

    private static Command Show()
    {
        var id = RegisterCli.Id(What);
        var command = new Command("show", "Một kiến nghị với lịch sử của nó");
        command.Arguments.Add(id);
        command.SetAction(result =>
        {
            var store = RegisterCli.Store(result);
            if (store.GetRecommendation(new RecommendationId(result.GetValue(id))) is not { } r)
            {
                return RegisterCli.NotFound(What, result.GetValue(id));
            }

            var history = store.History(MonitoringStore.RecommendationEntity, r.Id.Value);
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(new { recommendation = r, overdue = r.IsOverdue(RegisterCli.Today()), history });
                return 0;
            }

            Print(r, RegisterCli.Labels(result));
            RegisterCli.PrintHistory(MonitoringStore.RecommendationEntity, history, RegisterCli.Labels(result));
            return 0;
        });
        return command;
    }

    private static Command Add()
    {
        var action = new Option<string>("--action") { Description = "Hình thức kiến nghị: " + RegisterValues.Described<RecommendedAction>(MonitoringNames.Of), Required = true };
        var body = new Option<string>("--body") { Description = "Cơ quan có thẩm quyền xử lý", Required = true };
        var content = new Option<string>("--content") { Description = "Nội dung kiến nghị", Required = true };
        var findings = new Option<long[]>("--finding") { Description = "Phát hiện làm cơ sở (dùng nhiều lần được)" };
        var targets = new Option<string[]>("--target") { Description = "VĂN BẢN[:ĐIỀU KHOẢN] cần xử lý, theo mã hoặc số, ký hiệu (dùng nhiều lần được)" };
        var field = new Option<string?>("--field") { Description = "Lĩnh vực" };
        var command = new Command("add", "Soạn một kiến nghị (dự thảo)");
        foreach (var o in new Option[] { action, body, content, findings, targets, field })
        {
            command.Options.Add(o);
        }

        command.SetAction(result =>
        {
            if (!RegisterValues.TryEnum<RecommendedAction>(result.GetValue(action), out var a))
            {
                return RegisterCli.Invalid("--action", $"'{result.GetValue(action)}': dùng {RegisterValues.Described<RecommendedAction>(MonitoringNames.Of)}");
            }

            if (string.IsNullOrWhiteSpace(result.GetValue(body)))
            {
                return RegisterCli.Invalid("--body", "cần nêu cơ quan có thẩm quyền (the competent body is required)");
            }

            var store = RegisterCli.Store(result);
            var findingIds = result.GetValue(findings) ?? [];
            if (findingIds.FirstOrDefault(f => store.GetFinding(new FindingId(f)) is null) is var missing and not 0)
            {
                return RegisterCli.Invalid("--finding", $"#{missing}: không có phát hiện này (no such finding)");
            }

            var reader = RegisterCli.Index(result).Documents;
            var references = new List<ProvisionReference>();
            foreach (var t in result.GetValue(targets) ?? [])
            {
                var (reference, error) = RegisterValues.Provision(reader, t);
                if (reference is null)
                {
                    return RegisterCli.Invalid("--target", $"{t}: {error}");
                }

                references.Add(reference);
            }

            var stored = store.AddRecommendation(new Recommendation(default, a, result.GetValue(body)!.Trim())
            {
                FindingIds = findingIds.Select(FindingId.From).ToList(),
                Targets = references,
                Content = result.GetValue(content)!.Trim(),
                Field = result.GetValue(field),
            }, result.GetValue(RegisterCli.Actor)!);
            return RegisterCli.Outcome(result, Outcome<Recommendation>.Ok(stored), r => Print(r, RegisterCli.Labels(result)));
        });
        return command;
    }

    private static Command Send()
    {
        var dispatch = new Option<string>("--dispatch") { Description = "Số công văn gửi kiến nghị (125/STP-XDKTVB)", Required = true };
        var on = new Option<string>("--sent-on") { Description = "Ngày gửi", Required = true };
        var deadline = new Option<string?>("--deadline") { Description = "Hạn trả lời (mặc định: ngày gửi cộng Monitoring:AnswerDays, 30 ngày)" };
        var days = new Option<int?>("--answer-days") { Description = "Số ngày để trả lời khi không ghi hạn (mặc định: thiết lập Monitoring:AnswerDays, 30)" };
        return Transition("send", "Ghi nhận dự thảo đã gửi cơ quan có thẩm quyền; bắt đầu tính hạn trả lời", [dispatch, on, deadline, days], (result, store, r, version, actor) =>
        {
            if (!RegisterValues.TryDate(result.GetValue(on), out var sent))
            {
                return Refused("sentOn", $"--sent-on: '{result.GetValue(on)}' không phải ngày (not a date)");
            }

            DateOnly? due = null;
            if (result.GetValue(deadline) is { } d)
            {
                if (!RegisterValues.TryDate(d, out var parsed))
                {
                    return Refused("deadline", $"--deadline: '{d}' không phải ngày (not a date)");
                }

                due = parsed;
            }

            var answerDays = result.GetValue(days) ?? CliSettings.Monitoring().AnswerDays;
            if (answerDays is < 1 or > 365)
            {
                return Refused("answerDays", $"--answer-days: {answerDays} phải từ 1 đến 365");
            }

            return store.SendRecommendation(r.Id, version, actor, result.GetValue(dispatch), sent, due, answerDays);
        });
    }

    private static Command Answer()
    {
        var on = new Option<string>("--on") { Description = "Ngày trả lời", Required = true };
        var verdict = new Option<string>("--verdict") { Description = "accepted (tiếp thu), partly (tiếp thu một phần), rejected (không tiếp thu)", Required = true };
        var reference = new Option<string?>("--reference") { Description = "Số văn bản trả lời" };
        var summary = new Option<string?>("--summary") { Description = "Tóm tắt nội dung trả lời" };
        return Transition("answer", "Ghi nhận trả lời của cơ quan có thẩm quyền", [on, verdict, reference, summary], (result, store, r, version, actor) =>
        {
            if (!RegisterValues.TryDate(result.GetValue(on), out var answered))
            {
                return Refused("answeredOn", $"--on: '{result.GetValue(on)}' không phải ngày (not a date)");
            }

            if (!RegisterValues.TryEnum<AnswerVerdict>(result.GetValue(verdict), out var v))
            {
                return Refused("verdict", $"--verdict: '{result.GetValue(verdict)}': dùng accepted, partly, rejected");
            }

            return store.AnswerRecommendation(r.Id, version, actor, result.GetValue(reference), answered, v, result.GetValue(summary));
        });
    }

    private static Command Implement()
    {
        var outcome = new Option<string>("--outcome") { Description = "Văn bản ban hành để thực hiện kiến nghị, theo mã hoặc số, ký hiệu", Required = true };
        var on = new Option<string?>("--on") { Description = "Ngày ban hành" };
        return Transition("implement", "Ghi nhận văn bản đã thực hiện kiến nghị", [outcome, on], (result, store, r, version, actor) =>
        {
            var reader = RegisterCli.Index(result).Documents;
            var document = reader.Resolve(result.GetValue(outcome)!);
            DateOnly? when = null;
            if (result.GetValue(on) is { } o)
            {
                if (!RegisterValues.TryDate(o, out var parsed))
                {
                    return Refused("implementedOn", $"--on: '{o}' không phải ngày (not a date)");
                }

                when = parsed;
            }

            // A document not (yet) in the index is kept by its number: the loop is closed by what was issued, not by what was ingested.
            return store.ImplementRecommendation(r.Id, version, actor, document?.Value ?? result.GetValue(outcome), when ?? (document is { } id ? reader.Get(id, withText: false)?.Document.IssueDate : null));
        });
    }

    private static Command Close()
    {
        var reason = new Option<string>("--reason") { Description = "Lý do đóng mà không thực hiện", Required = true };
        return Transition("close", "Đóng một kiến nghị (rút lại, không được tiếp thu, không còn cần thiết)", [reason], (result, store, r, version, actor) =>
            store.CloseRecommendation(r.Id, version, actor, result.GetValue(reason)));
    }

    private static Outcome<Recommendation> Refused(string field, string message) => Outcome<Recommendation>.Fail(LifecycleErrorCodes.Invalid, message, field);

    private static Command Transition(string name, string description, Option[] options, Func<ParseResult, MonitoringStore, Recommendation, int, string, Outcome<Recommendation>> change) =>
        RegisterCli.Transition(name, description, What, options, (store, id) => store.GetRecommendation(new RecommendationId(id)), r => r.Version, change, (result, r) => Print(r, RegisterCli.Labels(result)));

    private static void Print(Recommendation r, DocumentLabels labels)
    {
        var table = new Table().HideHeaders().AddColumn("").AddColumn("");
        void Row(string name, string? value) => table.AddRow(Markup.Escape(name), Markup.Escape(value ?? "—"));
        string? D(DateOnly? d) => d?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Row("Kiến nghị", $"#{r.Id} (phiên bản {r.Version})");
        Row("Trạng thái", MonitoringNames.Of(r.Status) + (Overdue.DaysOverdue(r, RegisterCli.Today()) is { } days ? $" — quá hạn trả lời {days} ngày" : ""));
        Row("Hình thức", MonitoringNames.Of(r.Action));
        Row("Cơ quan có thẩm quyền", r.CompetentBody);
        Row("Văn bản, quy định", string.Join("\n", r.Targets.Select(t => Indexer.Legal.DocumentName.WithProvision(labels.OfReference(t.DocumentId), t.Path))));
        Row("Nội dung", r.Content);
        Row("Phát hiện", string.Join(", ", r.FindingIds.Select(f => "#" + f)));
        Row("Lĩnh vực", r.Field);
        Row("Công văn gửi", r.DispatchNumber is null ? null : $"{r.DispatchNumber} ngày {D(r.SentOn)}");
        Row("Hạn trả lời", D(r.Deadline));
        Row("Trả lời", r.AnsweredOn is null ? null : $"{r.AnswerReference} ngày {D(r.AnsweredOn)}: {(r.Verdict is { } v ? MonitoringNames.Of(v) : "")}{(r.AnswerSummary is { } s ? " — " + s : "")}");
        Row("Đề xuất kết quả", r.ProposedOutcome is { } p ? $"{labels.OfReference(p.DocumentId)} ({(Enum.TryParse<Indexer.Model.CitationRelation>(p.Relation, true, out var relation) ? Indexer.Legal.RelationNames.Active(relation) : p.Relation)}): “{p.Text}”" : null);
        Row("Văn bản thực hiện", r.OutcomeDocumentId is null ? null : $"{labels.OfReference(r.OutcomeDocumentId)} {D(r.ImplementedOn)}".TrimEnd());
        Row("Lý do đóng", r.CloseReason);
        AnsiConsole.Write(table);
    }
}
