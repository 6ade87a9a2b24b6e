using System.Text.Json;
using LawMonitor.Indexer.Outcomes;
using Microsoft.Data.Sqlite;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Indexer.Monitoring;

public sealed partial class MonitoringStore
{
    /// <summary>How a register's rows are read and written.</summary>
    private sealed record Register<T>(string Table, string Entity, string What, Func<T, int> VersionOf, Func<T, DateTimeOffset> CreatedOf, Func<T, long, int, DateTimeOffset, DateTimeOffset, T> Stamp, Func<T, (string Column, object? Value)[]> Columns)
        where T : class;

    private T Insert<T>(Register<T> register, T record, string actor, string action, string? reason)
        where T : class
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var id = Insert(connection, transaction, register, record, actor, action, reason);
        transaction.Commit();
        return id;
    }

    private T Insert<T>(SqliteConnection connection, SqliteTransaction transaction, Register<T> register, T record, string actor, string action, string? reason)
        where T : class
    {
        var now = clock.GetUtcNow();
        var columns = register.Columns(record);
        using var insert = Command(connection, transaction,
            $"INSERT INTO {register.Table}({string.Join(", ", columns.Select(c => c.Column))}, version, data) VALUES({string.Join(", ", columns.Select((_, i) => "$c" + i))}, 1, '{{}}') RETURNING id",
            columns.Select((c, i) => ("$c" + i, c.Value)).ToArray());
        var id = (long)insert.ExecuteScalar()!;
        var stored = register.Stamp(record, id, 1, now, now);
        Execute(connection, transaction, $"UPDATE {register.Table} SET data=$d WHERE id=$id", ("$d", JsonSerializer.Serialize(stored, Json)), ("$id", id));
        Append(connection, transaction, register.Entity, id, 1, actor, action, Diff<T>(null, stored), reason);
        return stored;
    }

    /// <summary>Inserts <paramref name="record"/> unless a row has <paramref name="key"/> in <paramref name="keyColumn"/>; the stored record, or null.</summary>
    private T? InsertUnlessKeyed<T>(Register<T> register, string keyColumn, string? key, T record, string actor, string action)
        where T : class
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var exists = Command(connection, transaction, $"SELECT 1 FROM {register.Table} WHERE {keyColumn}=$k", ("$k", key));
        if (exists.ExecuteScalar() is not null)
        {
            return null;
        }

        var stored = Insert(connection, transaction, register, record, actor, action, null);
        transaction.Commit();
        return stored;
    }

    private T? Get<T>(Register<T> register, long id)
        where T : class
    {
        using var connection = Connect();
        return Get(connection, null, register, id);
    }

    private static T? Get<T>(SqliteConnection connection, SqliteTransaction? transaction, Register<T> register, long id)
        where T : class
    {
        using var command = Command(connection, transaction, $"SELECT data FROM {register.Table} WHERE id=$id", ("$id", id));
        return command.ExecuteScalar() is string data ? JsonSerializer.Deserialize<T>(data, Json) : null;
    }

    private List<T> List<T>(Register<T> register, string where, params (string, object?)[] parameters)
        where T : class
    {
        using var connection = Connect();
        using var command = Command(connection, null, $"SELECT data FROM {register.Table} WHERE {where} ORDER BY id", parameters);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), Json)!);
        }

        return list;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to record <paramref name="id"/> if it is still at
    /// <paramref name="expectedVersion"/>: the new version is stored and the change appended to the history,
    /// in one transaction; a stale version is a "conflict", nothing written.
    /// </summary>
    private Outcome<T> Change<T>(Register<T> register, long id, int expectedVersion, Func<T, Outcome<T>> change, string actor, string action, string? reason)
        where T : class
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var current = Get(connection, transaction, register, id);
        if (current is null)
        {
            return Outcome<T>.Fail(NotFound(register.What, id));
        }

        var version = register.VersionOf(current);
        if (version != expectedVersion)
        {
            return Outcome<T>.Fail(Conflict(register.What, id, expectedVersion, version));
        }

        var changed = change(current);
        if (!changed.Succeeded)
        {
            return changed;
        }

        var stored = register.Stamp(changed.Value, id, version + 1, register.CreatedOf(current), clock.GetUtcNow());
        var columns = register.Columns(stored);
        using var update = Command(connection, transaction,
            $"UPDATE {register.Table} SET {string.Join(", ", columns.Select((c, i) => $"{c.Column}=$c{i}"))}, version=$v, data=$d WHERE id=$id AND version=$expected",
            [.. columns.Select((c, i) => ("$c" + i, c.Value)), ("$v", version + 1), ("$d", JsonSerializer.Serialize(stored, Json)), ("$id", id), ("$expected", expectedVersion)]);
        if (update.ExecuteNonQuery() == 0)
        {
            return Outcome<T>.Fail(Conflict(register.What, id, expectedVersion, version + 1));
        }

        Append(connection, transaction, register.Entity, id, version + 1, actor, action, Diff(current, stored), reason);
        transaction.Commit();
        return Outcome<T>.Ok(stored);
    }
}
