using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Indexer.Monitoring;

public sealed partial class MonitoringStore
{
    /// <summary>The content hash each document had when the plan and duty readers of version <paramref name="reader"/> last read it.</summary>
    public Dictionary<string, string> ReadDocuments(int reader)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT doc_key, content_hash FROM read_documents WHERE reader = $r", ("$r", reader));
        using var rows = command.ExecuteReader();
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        while (rows.Read())
        {
            read[rows.GetString(0)] = rows.GetString(1);
        }

        return read;
    }

    /// <summary>Notes that the readers of version <paramref name="reader"/> read <paramref name="document"/> at <paramref name="contentHash"/>.</summary>
    public void MarkRead(string document, string contentHash, int reader)
    {
        using var connection = Connect();
        Execute(connection, null, "INSERT INTO read_documents(doc_key, content_hash, reader) VALUES($d, $h, $r) ON CONFLICT(doc_key) DO UPDATE SET content_hash = excluded.content_hash, reader = excluded.reader",
            ("$d", document), ("$h", contentHash), ("$r", reader));
    }
}
