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
    private Snapshot entries = new([], [], [], [], [], [], [], []);

    /// <summary>
    /// The documents of one generation, by id ascending, each with small codes for its facet values: an index
    /// into <see cref="Types"/>, <see cref="Issuers"/>, <see cref="Statuses"/> (-1 for none), and its year (0 for none).
    /// </summary>
    public sealed record Snapshot(long[] Ids, short[] Type, int[] Issuer, short[] Year, byte[] Status, string[] Types, string[] Issuers, string[] Statuses)
    {
        /// <summary>
        /// The place of document <paramref name="id"/> in <see cref="Ids"/> at or after <paramref name="from"/>,
        /// or -1 (and the place to look from for a larger id in <paramref name="next"/>).
        /// </summary>
        public int Find(long id, int from, out int next)
        {
            var ids = Ids;
            int low = from, high = from, step = 1;
            while (high < ids.Length && ids[high] < id)
            {
                low = high + 1;
                high += step;
                step <<= 1;
            }

            // Every id before low is smaller; ids[high] (if any) is not.
            var end = Math.Min(high, ids.Length - 1);
            if (low > end)
            {
                next = low;
                return -1;
            }

            var i = Array.BinarySearch(ids, low, end - low + 1, id);
            next = i >= 0 ? i + 1 : ~i;
            return i >= 0 ? i : -1;
        }
    }

    /// <summary>The catalog for <paramref name="current"/>, reloaded only when the generation moved on.</summary>
    public Snapshot Get(SqliteConnection connection, SqliteTransaction transaction, long current)
    {
        lock (gate)
        {
            if (generation == current)
            {
                return entries;
            }

            var ids = new List<long>();
            var type = new List<short>();
            var issuer = new List<int>();
            var year = new List<short>();
            var status = new List<byte>();
            var types = new Codes();
            var issuers = new Codes();
            var statuses = new Codes();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT id, type, issuer, year, effect FROM documents ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
                type.Add((short)types.Of(reader.IsDBNull(1) ? null : reader.GetString(1)));
                issuer.Add(issuers.Of(reader.IsDBNull(2) ? null : reader.GetString(2)));
                year.Add(reader.IsDBNull(3) ? (short)0 : (short)Math.Clamp(reader.GetInt32(3), 1, short.MaxValue));
                status.Add((byte)statuses.Of(reader.GetString(4)));
            }

            entries = new Snapshot([.. ids], [.. type], [.. issuer], [.. year], [.. status], types.Values, issuers.Values, statuses.Values);
            generation = current;
            return entries;
        }
    }

    /// <summary>Numbers the distinct values of one facet as they come.</summary>
    private sealed class Codes
    {
        private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);
        private readonly List<string> values = [];

        public string[] Values => [.. values];

        public int Of(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            if (!codes.TryGetValue(value, out var code))
            {
                code = codes[value] = values.Count;
                values.Add(value);
            }

            return code;
        }
    }
}
