namespace LawMonitor.SearchApi.Contracts;

/// <summary>A task done: the document or report that shows it (an id, a number, or words), and the day.</summary>
public sealed record TaskDoneRequest(string? DoneWith, string? DoneOn);
