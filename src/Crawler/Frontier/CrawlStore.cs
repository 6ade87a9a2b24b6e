using System.Globalization;
using Microsoft.Data.Sqlite;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Crawler.Frontier;

/// <summary>
/// The crawler's own SQLite database (<c>crawl.db</c> in the data folder, WAL): sources defined through the
/// API, runs, each run's frontier, what every URL's last fetch learnt (<see cref="PageRecord"/>) and cached
/// robots.txt files. Every step of a crawl is one transaction, so a process killed at any moment leaves a
/// frontier that resumes where it stopped: a URL is done only once its result — links queued, or the
/// document committed by ingestion — is stored.
/// </summary>
public sealed partial class CrawlStore
{
    /// <summary>The database file name inside the data folder.</summary>
    public const string FileName = "crawl.db";

    private readonly string connectionString;

    private CrawlStore(string path)
    {
        DatabasePath = path;
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    public string DatabasePath { get; }

    /// <summary>Opens (creating if needed) the crawl database in <paramref name="dataDirectory"/>.</summary>
    public static CrawlStore Open(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var store = new CrawlStore(Path.Combine(dataDirectory, FileName));
        using var connection = store.Connect();
        Execute(connection, null, "PRAGMA journal_mode=WAL");
        Execute(connection, null, Schema);
        return store;
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS sources(
            name TEXT PRIMARY KEY, json TEXT NOT NULL, origin TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS runs(
            id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, trigger TEXT NOT NULL, status TEXT NOT NULL,
            started_at TEXT NOT NULL, finished_at TEXT, message TEXT, resumes INTEGER NOT NULL DEFAULT 0,
            size INTEGER NOT NULL DEFAULT 0, dropped INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX IF NOT EXISTS runs_source ON runs(source, id);
        CREATE TABLE IF NOT EXISTS frontier(
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, url TEXT NOT NULL, host TEXT NOT NULL,
            kind INTEGER NOT NULL, depth INTEGER NOT NULL, referrer TEXT, state TEXT NOT NULL, not_before TEXT,
            requests INTEGER NOT NULL DEFAULT 0, http_status INTEGER, outcome TEXT, error_code TEXT, error_message TEXT,
            document_id TEXT, body BLOB, file_name TEXT, content_type TEXT, etag TEXT, last_modified TEXT, sha256 TEXT,
            links TEXT, fetched_at TEXT, final_url TEXT,
            PRIMARY KEY(run_id, url));
        CREATE INDEX IF NOT EXISTS frontier_next ON frontier(run_id, state, host);
        CREATE TABLE IF NOT EXISTS pages(
            url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, sha256 TEXT, document_id TEXT, links TEXT, fetched_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS robots(
            host TEXT PRIMARY KEY, status INTEGER NOT NULL, body TEXT, etag TEXT, last_modified TEXT, fetched_at TEXT NOT NULL);
        """;

    internal SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;");
        return connection;
    }

    internal static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset? ReadTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    internal static string? ReadString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
