using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>A file read and parsed, waiting to be written in the current batch.</summary>
/// <param name="Ordinal">Its place in the input, for results in input order.</param>
/// <param name="Input">The file.</param>
/// <param name="Content">Its bytes, stored in the raw file store when written.</param>
/// <param name="Sha256">Their hash.</param>
/// <param name="Parsed">The parsed document.</param>
/// <param name="Facts">What reading it learnt.</param>
/// <param name="Elapsed">Time spent reading and parsing it.</param>
/// <param name="Reparsing">For a re-parse: the version whose parse is replaced.</param>
internal sealed record IngestWork(int Ordinal, IngestInput Input, byte[] Content, string Sha256, AssembledDocument Parsed, ExtractionFacts Facts, TimeSpan Elapsed, DocumentVersion? Reparsing);
