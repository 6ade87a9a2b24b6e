namespace LawMonitor.SearchApi.Contracts;

/// <summary>The competent body's answer.</summary>
/// <param name="Verdict">accepted, partlyAccepted (or partly), rejected.</param>
public sealed record AnswerRequest(string? AnsweredOn, string? Verdict, string? Reference = null, string? Summary = null);
