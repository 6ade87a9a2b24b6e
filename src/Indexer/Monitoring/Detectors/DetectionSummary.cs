namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>What a detector run found: candidates per rule, and how many of them were new to the register.</summary>
public sealed record DetectionSummary(IReadOnlyDictionary<string, int> Found, IReadOnlyDictionary<string, int> Added)
{
    public int TotalAdded => Added.Values.Sum();

    /// <summary>Open candidates closed because a document they compare was removed, or changed so that they are not found again.</summary>
    public int Retired { get; init; }

    /// <summary>What the run fed the plan and reporting registers: tasks proposed, duties read, superseded or ended, reports recorded as received.</summary>
    public PlansAndDuties.Summary? Registers { get; init; }

    /// <summary>
    /// The registers' part in words people read ("3 nhiệm vụ đề xuất từ kế hoạch, 6 nghĩa vụ báo cáo, 2 báo cáo ghi nhận đã nhận"),
    /// or null when the run fed them nothing.
    /// </summary>
    public string? RegistersText => Registers is { } r && r.Tasks + r.Duties + r.Superseded + r.Ended + r.Receipts > 0
        ? string.Join(", ", new[]
        {
            r.Tasks > 0 ? $"{r.Tasks} nhiệm vụ đề xuất từ kế hoạch" : null,
            r.Duties > 0 ? $"{r.Duties} nghĩa vụ báo cáo" : null,
            r.Superseded > 0 ? $"{r.Superseded} nghĩa vụ được thay bằng quy định sau" : null,
            r.Ended > 0 ? $"{r.Ended} nghĩa vụ hết áp dụng" : null,
            r.Receipts > 0 ? $"{r.Receipts} báo cáo ghi nhận đã nhận" : null,
        }.OfType<string>())
        : null;
}
