using System.CommandLine;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Storage;
using Spectre.Console;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// What the register verbs (<c>findings</c>, <c>recommendations</c>) share: the store, who acts, the version
/// an edit starts from, and how outcomes are printed. Exit codes: 0 done, 1 bad arguments, 3 no such record,
/// 4 refused (an invalid transition, a missing fact, or a stale --expect-version).
/// </summary>
internal static class RegisterCli
{
    /// <summary>Who makes the change, as the history records it.</summary>
    public static Option<string> Actor { get; } = new("--as")
    {
        Description = "Người thực hiện thay đổi, ghi vào lịch sử",
        DefaultValueFactory = _ => "cli:" + Environment.UserName,
        Recursive = true,
    };

    /// <summary>The version the change starts from: refused when the record has moved on (default: its current version).</summary>
    public static Option<int?> ExpectVersion { get; } = new("--expect-version") { Description = "Từ chối thay đổi nếu bản ghi đã được người khác sửa sau phiên bản này" };

    /// <summary>
    /// Adds <c>list</c> to a register verb: the listing the verb alone prints, with the same filters, for whoever
    /// types <c>findings list</c> as they type <c>token list</c> and <c>user list</c>. Call it once the verb's
    /// options and action are set.
    /// </summary>
    public static void AddListVerb(Command register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var list = new Command("list", "Liệt kê (như khi gõ lệnh không kèm lệnh con), với cùng các bộ lọc");
        foreach (var option in register.Options.Where(o => !o.Recursive))
        {
            list.Options.Add(option);
        }

        list.Action = register.Action;
        register.Subcommands.Insert(0, list);
    }

    public static Argument<long> Id(string what) => new("id") { Description = $"Số thứ tự (#) của {what}" };

    public static MonitoringStore Store(ParseResult result) => MonitoringStore.Open(result.GetValue(CliOptions.Data)!, CliClock.Clock);

    /// <summary>
    /// The index of the data folder, for a verb that reads it: documents whose own day of effect has come on the CLI's
    /// clock are decided again first (<see cref="LegalIndex.RefreshEffects"/>), as the service does every hour, so the
    /// CLI and the service never disagree about a document's effect.
    /// </summary>
    public static LegalIndex Index(ParseResult result)
    {
        var index = LegalIndex.Open(result.GetValue(CliOptions.Data)!);
        index.RefreshEffects(CliClock.Clock);
        return index;
    }

    /// <summary>
    /// The names of documents and of the people in the registers (an account's display name for its login name),
    /// as the API gives them; people keep their login names when the data folder has no accounts yet.
    /// </summary>
    public static DocumentLabels Labels(ParseResult result)
    {
        var data = result.GetValue(CliOptions.Data)!;
        var people = File.Exists(Path.Combine(data, Security.AccountStore.FileName)) ? new Security.AccountStore(data, CliClock.Clock) : null;
        return new DocumentLabels(Index(result).Documents, people);
    }

    /// <summary>Today on the Vietnam calendar, on the clock <c>LAWMONITOR_CLOCK</c> fixes when set (the API's calendar, one rule).</summary>
    public static DateOnly Today() => CliClock.Calendar.Today;

    public static int Invalid(string option, string message)
    {
        Console.Error.WriteLine($"{option}: {message}");
        return 1;
    }

    /// <summary>Prints a changed record, or the refusal: exit code 0, 3 or 4.</summary>
    public static int Outcome<T>(ParseResult result, Outcome<T> outcome, Action<T> print)
        where T : class
    {
        if (outcome.Succeeded)
        {
            if (result.GetValue(CliOptions.Json))
            {
                CliJson.Print(outcome.Value);
            }
            else
            {
                print(outcome.Value);
            }

            return 0;
        }

        var error = outcome.Error;
        if (result.GetValue(CliOptions.Json))
        {
            CliJson.Print(new { error });
        }

        Console.Error.WriteLine(error.Field is null ? $"{error.Code}: {error.Message}" : $"{error.Field} [{error.Code}]: {error.Message}");
        return error.Code == LifecycleErrorCodes.NotFound ? 3 : 4;
    }

    /// <summary>
    /// A verb that changes one record of a register: its id argument, its options and <c>--expect-version</c>; the record
    /// read (<paramref name="get"/>), changed from the version expected (its current one by default), then printed.
    /// </summary>
    public static Command Transition<T>(
        string name, string description, string what, Option[] options,
        Func<MonitoringStore, long, T?> get, Func<T, int> versionOf,
        Func<ParseResult, MonitoringStore, T, int, string, Outcome<T>> change, Action<ParseResult, T> print)
        where T : class
    {
        var id = Id(what);
        var command = new Command(name, description);
        command.Arguments.Add(id);
        foreach (var o in options)
        {
            command.Options.Add(o);
        }

        command.Options.Add(ExpectVersion);
        command.SetAction(result =>
        {
            var store = Store(result);
            if (get(store, result.GetValue(id)) is not { } current)
            {
                return NotFound(what, result.GetValue(id));
            }

            var version = result.GetValue(ExpectVersion) ?? versionOf(current);
            return Outcome(result, change(result, store, current, version, result.GetValue(Actor)!), r => print(result, r));
        });
        return command;
    }

    public static int NotFound(string what, long id)
    {
        Console.Error.WriteLine($"#{id}: không có {what} này (no such {what})");
        return 3;
    }

    /// <summary>A record's history in words: who (their name), what they did, what it set (<see cref="HistoryWords"/>), why.</summary>
    public static void PrintHistory(string entity, IEnumerable<HistoryEntry> history, DocumentLabels labels)
    {
        var table = new Table().AddColumn("Phiên bản").AddColumn("Lúc").AddColumn("Người").AddColumn("Việc").AddColumn("Thay đổi").AddColumn("Lý do");
        foreach (var h in history)
        {
            table.AddRow(h.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Indexer.Calendar.VietnamCalendar.Display(h.At),
                Markup.Escape(labels.Person(h.Actor)), Markup.Escape(MonitoringNames.HistoryAction(entity, h.Action)), Markup.Escape(Short(HistoryWords.Describe(entity, h.Changes, labels))), Markup.Escape(h.Reason ?? ""));
        }

        AnsiConsole.Write(table);
    }

    private static string Short(string text) => text.Length > 240 ? text[..240] + "…" : text;
}
