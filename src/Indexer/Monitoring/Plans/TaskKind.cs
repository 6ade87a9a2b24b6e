namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>What kind of work a task is, read from its words (kiểm tra, khảo sát, tập huấn, báo cáo …).</summary>
public enum TaskKind
{
    Inspection,
    Survey,
    Training,
    Report,
    Dissemination,
    Review,
    Other,
}
