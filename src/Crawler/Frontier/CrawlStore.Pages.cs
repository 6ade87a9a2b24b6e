using Microsoft.Data.Sqlite;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Crawler.Frontier;

public sealed partial class CrawlStore
{
    /// <summary>What the last successful fetch of <paramref name="url"/> learnt, if it was ever fetched.</summary>
    public PageRecord? Page(Uri url)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT etag, last_modified, sha256, document_id, links FROM pages WHERE url=$u", ("$u", url.ToString()));
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new PageRecord(url, ReadString(reader, 0), ReadString(reader, 1), ReadString(reader, 2), ReadString(reader, 3), Decode(ReadString(reader, 4)))
            : null;
    }

    /// <summary>The robots.txt kept for <paramref name="host"/> ("host:port"): status, body, validators, when fetched.</summary>
    public (int Status, string? Body, string? ETag, string? LastModified, DateTimeOffset FetchedAt)? Robots(string host)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT status, body, etag, last_modified, fetched_at FROM robots WHERE host=$h", ("$h", host));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt32(0), ReadString(reader, 1), ReadString(reader, 2), ReadString(reader, 3), ReadTime(reader, 4)!.Value) : null;
    }

    public void PutRobots(string host, int status, string? body, string? etag, string? lastModified, DateTimeOffset now)
    {
        using var connection = Connect();
        Execute(connection, null, """
            INSERT INTO robots(host, status, body, etag, last_modified, fetched_at) VALUES($h, $s, $b, $e, $l, $t)
            ON CONFLICT(host) DO UPDATE SET status=$s, body=$b, etag=$e, last_modified=$l, fetched_at=$t
            """, ("$h", host), ("$s", status), ("$b", body), ("$e", etag), ("$l", lastModified), ("$t", Time(now)));
    }

    private static void PutPage(SqliteConnection connection, SqliteTransaction transaction, Uri url, FetchFacts facts, string? documentId, string? links, DateTimeOffset now) =>
        Execute(connection, transaction, """
            INSERT INTO pages(url, etag, last_modified, sha256, document_id, links, fetched_at) VALUES($u, $e, $l, $s, $d, $k, $t)
            ON CONFLICT(url) DO UPDATE SET etag=$e, last_modified=$l, sha256=$s, document_id=COALESCE($d, document_id), links=$k, fetched_at=$t
            """, ("$u", url.ToString()), ("$e", facts.ETag), ("$l", facts.LastModified), ("$s", facts.Sha256), ("$d", documentId), ("$k", links), ("$t", Time(now)));
}
