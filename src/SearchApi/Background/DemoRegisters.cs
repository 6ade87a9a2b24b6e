using System.Text.Json;
using System.Text.Json.Serialization;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;
using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Background;

/// <summary>
/// The demo's findings, recommendations, directory of bodies, the officers' steps on the tasks of its plans and its letterhead
/// (<c>corpus/demo-registers.json</c>), recorded on first start once the corpus is in, through the same register operations a person uses — so the history shows who drafted,
/// sent and answered each, on the day each event happened (<c>found</c>, <c>confirmed</c>, the sending and the
/// answer dates, at 09:00 in Vietnam), never the day of the import. Documents are named by number and resolved
/// in the index.
/// </summary>
internal static class DemoRegisters
{
    public const string FileName = "demo-registers.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>Records the registers of <paramref name="file"/> when the register is still empty; returns what was recorded.</summary>
    public static (int Findings, int Recommendations) Record(string file, LegalIndex index, MonitoringStore store, int answerDays)
    {
        if (!File.Exists(file) || store.ListFindings().Count > 0 || store.ListRecommendations().Count > 0)
        {
            return (0, 0);
        }

        var demo = Read(file);
        if (store.Bodies().Bodies.Count == 0 && demo.Bodies is { Count: > 0 } bodies)
        {
            store.ReplaceBodies([.. bodies.Select(b => new GovernmentBody(b.Name, b.Groups ?? []))]);
        }

        var reader = index.Documents;
        ProvisionReference Reference(DemoProvision p)
        {
            var id = reader.Resolve(p.Document) ?? throw new InvalidDataException($"{file}: no document {p.Document} in the corpus");
            return new ProvisionReference(id, reader.LatestVersion(id)?.Version ?? 1, p.Path ?? "");
        }

        var clock = new EventClock();
        store = store.WithClock(clock);
        var keys = new Dictionary<string, FindingId>(StringComparer.Ordinal);
        foreach (var f in demo.Findings)
        {
            clock.Day = f.Found;
            var stored = store.AddFinding(new Finding(default, f.Class, f.Description)
            {
                Field = f.Field,
                FoundBy = f.FoundBy,
                Provisions = f.Provisions.Select(Reference).ToList(),
                Evidence = f.Evidence,
            }, f.FoundBy);
            if (f.Confirmed is { } confirmed)
            {
                clock.Day = confirmed;
                stored = store.ConfirmFinding(stored.Id, stored.Version, f.FoundBy).Value!;
            }

            keys[f.Key] = stored.Id;
        }

        foreach (var r in demo.Recommendations)
        {
            clock.Day = r.Drafted;
            var stored = store.AddRecommendation(new Recommendation(default, r.Action, r.CompetentBody)
            {
                FindingIds = r.Findings.Select(k => keys[k]).ToList(),
                Targets = r.Targets.Select(Reference).ToList(),
                Content = r.Content,
                Field = r.Field,
            }, r.By);
            if (r.Sent is { } sent)
            {
                clock.Day = sent.On;
                stored = Required(store.SendRecommendation(stored.Id, stored.Version, r.By, sent.DispatchNumber, sent.On, null, answerDays), file);
            }

            if (r.Answered is { } answer)
            {
                clock.Day = answer.On;
                Required(store.AnswerRecommendation(stored.Id, stored.Version, r.By, answer.Reference, answer.On, answer.Verdict, answer.Summary), file);
            }
        }

        return (demo.Findings.Count, demo.Recommendations.Count);
    }

    /// <summary>
    /// The demo's plans read for their tasks on the day officers confirmed them, before the detectors run (which
    /// would propose them today and leave a history whose confirmation precedes its proposal); a plan whose tasks
    /// are already in the register is left alone. Returns the tasks proposed.
    /// </summary>
    /// <summary>The demo province's letterhead for the report drafts, when the file gives one.</summary>
    public static ReportLetterhead? Letterhead(string file) => File.Exists(file) ? Read(file).Letterhead : null;

    public static int ProposeTasks(string file, LegalIndex index, MonitoringStore store)
    {
        if (!File.Exists(file))
        {
            return 0;
        }

        var clock = new EventClock();
        store = store.WithClock(clock);
        var proposed = 0;
        foreach (var plan in Read(file).Plans ?? [])
        {
            var id = index.Documents.Resolve(plan.Plan) ?? throw new InvalidDataException($"{file}: no plan {plan.Plan} in the corpus");
            if (store.ListTasks(planDocument: id.Value).Count > 0 || index.Documents.Get(id) is not { } stored)
            {
                continue;
            }

            clock.Day = plan.Confirmed;
            proposed += store.ProposeTasks(PlanTaskReader.Propose(stored.Document, index.Documents.LatestVersion(id)?.Version ?? 1, index.Documents.Structure(id))).Count;
        }

        return proposed;
    }

    /// <summary>
    /// What officers did with the tasks the detectors proposed from the demo's plans: every proposal of a plan
    /// confirmed on its day, then tasks started, done with what shows it, and linked to their report, each on its
    /// own day; only when the plan's tasks are all still proposals (the first start). Returns the tasks changed.
    /// </summary>
    public static int RecordTasks(string file, LegalIndex index, MonitoringStore store)
    {
        if (!File.Exists(file))
        {
            return 0;
        }

        var demo = Read(file);
        var clock = new EventClock();
        store = store.WithClock(clock);
        var changed = 0;
        foreach (var plan in demo.Plans ?? [])
        {
            var id = index.Documents.Resolve(plan.Plan) ?? throw new InvalidDataException($"{file}: no plan {plan.Plan} in the corpus");
            var tasks = store.ListTasks(planDocument: id.Value);
            if (tasks.Count == 0 || tasks.Any(t => t.Status != PlanTaskStatus.Proposed))
            {
                continue;
            }

            clock.Day = plan.Confirmed;
            changed += tasks.Count(t => store.ConfirmTask(t.Id, t.Version, plan.By).Succeeded);
            foreach (var step in (demo.Tasks ?? []).Where(t => t.Plan == plan.Plan))
            {
                var task = store.ListTasks(planDocument: id.Value).FirstOrDefault(t => t.Source.Path == step.Path)
                    ?? throw new InvalidDataException($"{file}: {plan.Plan} proposes no task at {step.Path}");
                if (step.Started is { } started)
                {
                    clock.Day = started;
                    task = Required(store.StartTask(task.Id, task.Version, step.By), file);
                }

                if (step.Done is { } done)
                {
                    clock.Day = done.On;
                    task = Required(store.CompleteTask(task.Id, task.Version, step.By, done.With, done.On), file);
                }

                if (step.Report is { } report)
                {
                    var reportId = index.Documents.Resolve(report) ?? throw new InvalidDataException($"{file}: no report {report} in the corpus");
                    task = Required(store.LinkTaskResults(task.Id, task.Version, step.By, reportId.Value, []), file);
                }

                changed++;
            }
        }

        return changed;
    }

    private static DemoFile Read(string file) =>
        JsonSerializer.Deserialize<DemoFile>(File.ReadAllText(file), Json) ?? throw new InvalidDataException($"{file}: empty");

    private static T Required<T>(Outcome<T> result, string file)
        where T : class =>
        result.Succeeded ? result.Value : throw new InvalidDataException($"{file}: {result.Error.Message}");

    private sealed record DemoFile(IReadOnlyList<DemoFinding> Findings, IReadOnlyList<DemoRecommendation> Recommendations)
    {
        public IReadOnlyList<DemoBody>? Bodies { get; init; }

        public IReadOnlyList<DemoPlan>? Plans { get; init; }

        public IReadOnlyList<DemoTask>? Tasks { get; init; }

        public ReportLetterhead? Letterhead { get; init; }
    }

    private sealed record DemoBody(string Name, IReadOnlyList<string>? Groups);

    private sealed record DemoPlan(string Plan, DateOnly Confirmed, string By);

    private sealed record DemoDone(DateOnly On, string With);

    private sealed record DemoTask(string Plan, string Path, string By, DateOnly? Started, DemoDone? Done, string? Report);

    private sealed record DemoProvision(string Document, string? Path);

    private sealed record DemoFinding(string Key, FindingClass Class, string Description, string? Field, string FoundBy, IReadOnlyList<DemoProvision> Provisions, IReadOnlyList<Evidence> Evidence, DateOnly Found, DateOnly? Confirmed);

    private sealed record DemoSending(string DispatchNumber, DateOnly On);

    private sealed record DemoAnswer(string? Reference, DateOnly On, AnswerVerdict Verdict, string? Summary);

    private sealed record DemoRecommendation(IReadOnlyList<string> Findings, RecommendedAction Action, string CompetentBody, string? Field, IReadOnlyList<DemoProvision> Targets, string Content, string By, DateOnly Drafted, DemoSending? Sent, DemoAnswer? Answered);

    /// <summary>The clock the demo's events are recorded on: 09:00 in Vietnam on the day of the event being recorded.</summary>
    private sealed class EventClock : TimeProvider
    {
        public DateOnly Day { get; set; }

        public override DateTimeOffset GetUtcNow() => Indexer.Calendar.VietnamCalendar.At(Day).ToUniversalTime();
    }
}
