namespace LawMonitor.SearchApi.Alerts;

/// <summary>A body of the province a user watches ("Sở Tư pháp"): its tasks and the reports it owes, falling due within a week or overdue, become notifications.</summary>
public sealed record BodyWatch(long Id, string Owner, string Body, DateTimeOffset CreatedAt);
