using LawMonitor.SearchApi.Hosting;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A run of the detectors: trigger, start, duration, candidates found and newly recorded per rule, or the error.</summary>
public sealed record DetectionRunResponse(string Trigger, DateTimeOffset StartedAt, long Milliseconds, IReadOnlyDictionary<string, int>? Found, IReadOnlyDictionary<string, int>? Added, int Notifications, string? Error)
{
    public static DetectionRunResponse From(DetectionRun run) =>
        new(run.Trigger, run.StartedAt, (long)run.Took.TotalMilliseconds, run.Summary?.Found, run.Summary?.Added, run.Notifications, run.Error);
}
