using System.Globalization;
using Microsoft.Data.Sqlite;
using LawMonitor.Indexer.Storage.Sqlite;
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

    private static readonly StoreSchema Schema = StoreSchema.Embedded(typeof(CrawlStore).Assembly, "crawl", "crawl") with { FirstTable = "sources" };

    private readonly SqliteDatabase database;

    private CrawlStore(SqliteDatabase database)
    {
        this.database = database;
        DatabasePath = database.Path;
    }

    public string DatabasePath { get; }

    /// <summary>Opens (creating or upgrading if needed) the crawl database in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="StoreFormatException">The file was written by a newer build, or is not a database.</exception>
    public static CrawlStore Open(string dataDirectory) =>
        new(SqliteDatabase.Open(Path.Combine(dataDirectory, FileName), Schema, "PRAGMA busy_timeout=30000;"));

    internal SqliteConnection Connect() => database.Connect();

    internal static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset? ReadTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    internal static string? ReadString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
