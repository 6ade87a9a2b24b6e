using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>The plumbing of the stores that keep a SQLite file of their own (registers, accounts, alerts): one way to name the file and to open it.</summary>
public static class SqliteFile
{
    /// <summary>A pooled, read-write connection string for <paramref name="path"/> (the file is created on first open).</summary>
    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();

    /// <summary>An open connection that waits up to 15 s for a writer, with <paramref name="pragmas"/> run on it.</summary>
    public static SqliteConnection Open(string connectionString, string pragmas = "")
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Sql.Execute(connection, null, "PRAGMA busy_timeout=15000;" + pragmas);
        return connection;
    }
}
