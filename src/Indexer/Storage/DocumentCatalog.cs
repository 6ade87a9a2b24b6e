using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// The facet metadata of every document (type, issuer, year, status), held in memory per index generation,
/// so that facets over any match set are counted without touching the database.
/// </summary>
internal sealed class DocumentCatalog
{
    private readonly Lock gate = new();
    private long generation = -1;
    private Dictionary<long, Entry> entries = [];

    /// <summary>One document's facet values.</summary>
    public sealed record Entry(string? Type, string? Issuer, int? Year, string Status);

    /// <summary>The catalog for <paramref name="current"/>, reloaded only when the generation moved on.</summary>
    public IReadOnlyDictionary<long, Entry> Get(SqliteConnection connection, SqliteTransaction transaction, long current)
    {
        lock (gate)
        {
            if (generation == current)
            {
                return entries;
            }

            var fresh = new Dictionary<long, Entry>();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT id, type, issuer, year, effect FROM documents";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                fresh[reader.GetInt64(0)] = new Entry(
                    reader.IsDBNull(1) ? null : string.Intern(reader.GetString(1)),
                    reader.IsDBNull(2) ? null : string.Intern(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    string.Intern(reader.GetString(4)));
            }

            (entries, generation) = (fresh, current);
            return entries;
        }
    }
}
