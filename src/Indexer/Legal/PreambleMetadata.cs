using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>What a document's preamble says about it; null where it says nothing.</summary>
/// <param name="Number">"Số: …".</param>
/// <param name="Type">The type line ("QUYẾT ĐỊNH"), or the type named by the number's symbol.</param>
/// <param name="Issuer">The issuing body above the national motto.</param>
/// <param name="IssueDate">"…, ngày … tháng … năm …".</param>
/// <param name="Title">The lines under the type (trích yếu).</param>
public sealed record PreambleMetadata(DocumentNumber? Number, string? Type, string? Issuer, DateOnly? IssueDate, string? Title);
