using System.Text.Json;
using System.Text.Json.Serialization;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// The demo's findings and recommendations (<c>corpus/demo-registers.json</c>), recorded on first start once
/// the corpus is in, through the same register operations a person uses — so the history shows who drafted,
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

        var demo = JsonSerializer.Deserialize<DemoFile>(File.ReadAllText(file), Json) ?? throw new InvalidDataException($"{file}: empty");
        var reader = index.Documents;
        ProvisionReference Reference(DemoProvision p)
        {
            var id = reader.Resolve(p.Document) ?? throw new InvalidDataException($"{file}: no document {p.Document} in the corpus");
            return new ProvisionReference(id.Value, reader.LatestVersion(id)?.Version ?? 1, p.Path ?? "");
        }

        var clock = new EventClock();
        store = store.WithClock(clock);
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var f in demo.Findings)
        {
            clock.Day = f.Found;
            var stored = store.AddFinding(new Finding(0, f.Class, f.Description)
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
            var stored = store.AddRecommendation(new Recommendation(0, r.Action, r.CompetentBody)
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

    private static Recommendation Required(LifecycleResult<Recommendation> result, string file) =>
        result.Succeeded ? result.Value : throw new InvalidDataException($"{file}: {result.Error.Message}");

    private sealed record DemoFile(IReadOnlyList<DemoFinding> Findings, IReadOnlyList<DemoRecommendation> Recommendations);

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
