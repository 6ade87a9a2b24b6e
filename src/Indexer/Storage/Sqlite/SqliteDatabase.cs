using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>
/// One SQLite file of the data folder and the one way every store opens it: pooled connections that wait for a
/// writer (busy timeout), enforce foreign keys and sync at WAL's NORMAL level, with the store's own pragmas and
/// functions on top; and, once per open, the file brought to the version this build knows
/// (<see cref="StoreSchema"/>), each upgrade in its own transaction with its new version, so a crash between two
/// leaves the file at the last one complete.
/// </summary>
public sealed class SqliteDatabase
{
    private const string CommonPragmas = "PRAGMA busy_timeout=15000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";

    private readonly string connectionString;
    private readonly string pragmas;
    private readonly Action<SqliteConnection>? prepare;

    private SqliteDatabase(string path, StoreSchema schema, string pragmas, Action<SqliteConnection>? prepare)
    {
        Path = path;
        Schema = schema;
        this.pragmas = CommonPragmas + pragmas;
        this.prepare = prepare;
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>What the file holds.</summary>
    public StoreSchema Schema { get; }

    /// <summary>
    /// Opens (creating if needed) the file at <paramref name="path"/> in WAL mode and brings it to
    /// <paramref name="schema"/>'s version. <paramref name="pragmas"/> and <paramref name="prepare"/> are run on
    /// every connection after the common ones (the index's cache size and memory map, its FTS5 functions).
    /// </summary>
    /// <exception cref="StoreFormatException">The file is of a newer version than this build knows, or not a database.</exception>
    public static SqliteDatabase Open(string path, StoreSchema schema, string pragmas = "", Action<SqliteConnection>? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var database = new SqliteDatabase(path, schema, pragmas, prepare);
        try
        {
            using var connection = database.Connect();
            Sql.Execute(connection, null, "PRAGMA journal_mode=WAL");
            Migrate(connection, schema, path);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            throw new StoreFormatException($"Tệp {path} không phải cơ sở dữ liệu «{schema.Name}» của LawMonitor ({e.Message}); hãy khôi phục bản sao dự phòng của thư mục dữ liệu (not a LawMonitor {schema.Name} database).");
        }

        return database;
    }

    /// <summary>A new open connection with the pragmas and functions of this store.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Sql.Execute(connection, null, pragmas);
        prepare?.Invoke(connection);
        return connection;
    }

    /// <summary>The version the file is at (its <c>user_version</c>).</summary>
    public static int VersionOf(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = Sql.Command(connection, transaction, "PRAGMA user_version");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Migrate(SqliteConnection connection, StoreSchema schema, string path)
    {
        var version = VersionOf(connection);
        if (version == 0)
        {
            version = schema.LegacyVersion is { } legacy ? legacy(connection) ?? 0
                : schema.FirstTable is { } table && TableExists(connection, table) ? 1 : 0;
        }

        if (version > 0)
        {
            schema.Verify?.Invoke(connection);
        }

        if (version > schema.Version)
        {
            throw new StoreFormatException(
                $"Tệp {path} do một phiên bản LawMonitor mới hơn ghi («{schema.Name}» phiên bản {version}; bản này đọc được đến phiên bản {schema.Version}): " +
                $"hãy chạy phiên bản mới hơn, hoặc khôi phục bản sao dự phòng của thư mục dữ liệu (written by a newer LawMonitor).");
        }

        if (version == 0)
        {
            using var transaction = connection.BeginTransaction();
            Sql.Execute(connection, transaction, schema.Create);
            schema.Initialise?.Invoke(connection, transaction);
            SetVersion(connection, transaction, schema.Version);
            transaction.Commit();
            return;
        }

        foreach (var upgrade in schema.Upgrades.Where(u => u.From >= version).OrderBy(u => u.From))
        {
            using var transaction = connection.BeginTransaction();
            Sql.Execute(connection, transaction, upgrade.Sql);
            upgrade.Then?.Invoke(connection, transaction);
            SetVersion(connection, transaction, upgrade.From + 1);
            transaction.Commit();
        }

        if (VersionOf(connection) != schema.Version)
        {
            using var transaction = connection.BeginTransaction();
            SetVersion(connection, transaction, schema.Version); // a legacy file already at the latest version
            transaction.Commit();
        }
    }

    private static void SetVersion(SqliteConnection connection, SqliteTransaction transaction, int version) =>
        Sql.Execute(connection, transaction, $"PRAGMA user_version={version.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Whether table <paramref name="name"/> exists.</summary>
    public static bool TableExists(SqliteConnection connection, string name, SqliteTransaction? transaction = null)
    {
        using var command = Sql.Command(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name", ("$name", name));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }
}
