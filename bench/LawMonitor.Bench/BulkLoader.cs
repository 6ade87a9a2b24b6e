using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Bench;

/// <summary>
/// Loads generated documents straight into the index writer, in the batches <c>index-jsonl</c> commits
/// (5,000 documents or 32 M characters): what the engine benchmarks measure is the index, not the parsing,
/// versions and raw files around it, which the ingest figures measure on their own.
/// </summary>
internal static class BulkLoader
{
    private const int BatchDocuments = 5000;
    private const long BatchCharacters = 32_000_000;

    /// <summary>Writes <paramref name="documents"/>; returns how many were added and their characters.</summary>
    public static (int Added, long Characters) Load(LegalIndex index, IEnumerable<LegalDocument> documents)
    {
        int added = 0;
        long characters = 0, batch = 0;
        using var writer = index.CreateWriter();
        foreach (var document in documents)
        {
            if (writer.Upsert(document, null) == WriteOutcome.Unchanged)
            {
                continue;
            }

            added++;
            characters += document.Text.Length;
            batch += document.Text.Length;
            if (writer.Pending >= BatchDocuments || batch >= BatchCharacters)
            {
                writer.Commit();
                batch = 0;
            }
        }

        writer.Commit();
        return (added, characters);
    }
}
