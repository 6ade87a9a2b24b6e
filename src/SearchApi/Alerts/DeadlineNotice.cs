namespace LawMonitor.SearchApi.Alerts;

/// <summary>
/// A task or a report falling due within a week or overdue, as one notification says it: its key (the same task,
/// day and state is told once), the document that gives it (the plan, or the provision's document), the bodies
/// it concerns (the lead body, or the body owing the report) and the sentence.
/// </summary>
public sealed record DeadlineNotice(string Item, string DocumentId, IReadOnlyList<string> Bodies, string Message);
