namespace LawMonitor.Indexer.Import;

/// <summary>Why one record of an input could not be indexed.</summary>
/// <param name="Source">The file.</param>
/// <param name="Line">The 1-based line (0 when the whole file failed).</param>
/// <param name="Code">A stable error code, one of <see cref="Parsing.ExtractionErrorCodes"/>: "invalid-json", "missing-id", "missing-text", "invalid-id", "invalid-provision".</param>
/// <param name="Message">What is wrong and what to do, for a person.</param>
public sealed record ImportError(string Source, int Line, string Code, string Message);
