using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>The upgrade of a store's file from version <paramref name="From"/> to the next: its SQL, then, when given, code in the same transaction.</summary>
public sealed record SchemaUpgrade(int From, string Sql, Action<SqliteConnection, SqliteTransaction>? Then = null);
