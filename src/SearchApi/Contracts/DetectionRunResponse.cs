using LawMonitor.SearchApi.Background;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A run of the detectors: trigger, start, duration, candidates found and newly recorded per rule, what it fed the plan and reporting registers, or the error.</summary>
public sealed record DetectionRunResponse(string Trigger, DateTimeOffset StartedAt, long Milliseconds, IReadOnlyDictionary<string, int>? Found, IReadOnlyDictionary<string, int>? Added, int Notifications, string? Error)
{
    /// <summary>What the run fed the plan and reporting registers, in words ("3 nhiệm vụ đề xuất từ kế hoạch, …"); null when nothing.</summary>
    public string? Registers { get; init; }

    public static DetectionRunResponse From(DetectionRun run) =>
        new(run.Trigger, run.StartedAt, (long)run.Took.TotalMilliseconds, run.Summary?.Found, run.Summary?.Added, run.Notifications, run.Error) { Registers = run.Summary?.RegistersText };
}
