namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>How a deadline is written: a day ("trước ngày 30/6/2025"), a period ("Quý III năm 2024", "tháng 11"),
/// every period ("tháng 11 hằng năm"), ongoing ("thường xuyên"), or not at all.</summary>
public enum DeadlineKind
{
    Unspecified,
    Day,
    Period,
    Recurring,
    Continuous,
}
