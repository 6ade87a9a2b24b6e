namespace LawMonitor.Indexer.Import;

/// <summary>What an indexing run did.</summary>
/// <param name="Added">Documents added.</param>
/// <param name="Updated">Documents whose content changed and were replaced.</param>
/// <param name="Unchanged">Documents already indexed with the same content (no work done).</param>
/// <param name="Errors">Records that could not be indexed, each with its reason.</param>
/// <param name="Bytes">Bytes of the records added and updated.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record IndexSummary(int Added, int Updated, int Unchanged, IReadOnlyList<ImportError> Errors, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Records that failed.</summary>
    public int Failed => Errors.Count;
}
