using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>Parameterised SQLite commands for the stores that keep their own databases (registers, crawl frontier).</summary>
public static class Sql
{
    /// <summary>Runs <paramref name="sql"/> with its parameters (null is SQL NULL).</summary>
    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// A command for <paramref name="sql"/> with its parameters bound (null is SQL NULL; a document id is its
    /// text, as the columns hold it); the caller disposes it.
    /// </summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value switch
            {
                null => DBNull.Value,
                Model.DocumentId id => (object?)id.Value ?? DBNull.Value,
                _ => value,
            });
        }

        return command;
    }
}
