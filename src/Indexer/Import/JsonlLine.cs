using LawMonitor.Indexer.Ingestion;

namespace LawMonitor.Indexer.Import;

/// <summary>One line of a JSONL corpus: the record to ingest, or the error that keeps it out.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Input">The record as an input to the ingest pipeline, when the line is valid.</param>
/// <param name="Error">The error, when it is not.</param>
public sealed record JsonlLine(int Line, IngestInput? Input, ImportError? Error);
