namespace LawMonitor.SearchApi.Contracts;

/// <summary>A report received: the body that sent it, the period ("2026"), the day, the ingested report (id or number) and a note.</summary>
public sealed record ReceiptRequest(string? Body, string? Period, string? ReceivedOn, string? Document, string? Note);
