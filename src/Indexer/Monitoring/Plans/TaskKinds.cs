namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>The kind of a task, and its Vietnamese name, from the words that say what it is (the first that occurs wins).</summary>
public static class TaskKinds
{
    private static readonly (string Word, TaskKind Kind)[] Words =
    [
        ("kiểm tra", TaskKind.Inspection), ("thanh tra", TaskKind.Inspection),
        ("khảo sát", TaskKind.Survey), ("điều tra", TaskKind.Survey), ("thu thập thông tin", TaskKind.Survey),
        ("tập huấn", TaskKind.Training), ("bồi dưỡng", TaskKind.Training), ("hội nghị", TaskKind.Training), ("hội thảo", TaskKind.Training), ("tọa đàm", TaskKind.Training),
        ("báo cáo", TaskKind.Report), ("tổng hợp", TaskKind.Report),
        ("tuyên truyền", TaskKind.Dissemination), ("phổ biến", TaskKind.Dissemination),
        ("rà soát", TaskKind.Review), ("đánh giá", TaskKind.Review),
    ];

    /// <summary>The kind <paramref name="content"/> names first; <see cref="TaskKind.Other"/> when none.</summary>
    public static TaskKind Of(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lower = content.ToLowerInvariant();
        var best = (At: int.MaxValue, Kind: TaskKind.Other);
        foreach (var (word, kind) in Words)
        {
            var at = lower.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && at < best.At)
            {
                best = (at, kind);
            }
        }

        return best.Kind;
    }

    /// <summary>The Vietnamese name of a kind.</summary>
    public static string Name(TaskKind kind) => kind switch
    {
        TaskKind.Inspection => "Kiểm tra",
        TaskKind.Survey => "Khảo sát",
        TaskKind.Training => "Tập huấn, hội nghị",
        TaskKind.Report => "Báo cáo, tổng hợp",
        TaskKind.Dissemination => "Tuyên truyền, phổ biến",
        TaskKind.Review => "Rà soát, đánh giá",
        _ => "Nhiệm vụ khác",
    };
}
