using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Statistics;

/// <summary>
/// Keeps document frequencies in the index database as immutable runs, one per write batch, written in the
/// batch's own transaction: the statistics can never disagree with what was committed. When runs pile up they
/// are merged into one.
/// </summary>
internal static class TermStatsStore
{
    /// <summary>Runs beyond this number are merged into one at the next write.</summary>
    public const int CompactAfterRuns = 12;

    /// <summary>Appends the batch's delta and merges the runs when there are too many.</summary>
    public static void Append(SqliteConnection connection, SqliteTransaction transaction, TermStatsDelta delta)
    {
        if (delta.IsEmpty)
        {
            return;
        }

        var (terms, counts) = delta.ToSorted();
        Insert(connection, transaction, TermStatsCodec.Encode(new TermStatsRun(terms, counts, delta.Units, delta.Tokens)));

        using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = "SELECT count(*) FROM term_stats";
        if (Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > CompactAfterRuns)
        {
            Compact(connection, transaction);
        }
    }

    /// <summary>Replaces all runs by their merge.</summary>
    public static void Compact(SqliteConnection connection, SqliteTransaction transaction)
    {
        var runs = LoadRuns(connection, transaction).Select(r => r.Run).ToList();
        var merged = TermStatsRun.Merge(runs);
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM term_stats";
            delete.ExecuteNonQuery();
        }

        Insert(connection, transaction, TermStatsCodec.Encode(merged));
    }

    /// <summary>All stored runs with their ids, oldest first.</summary>
    public static List<(long Id, TermStatsRun Run)> LoadRuns(SqliteConnection connection, SqliteTransaction? transaction = null, long afterId = 0)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT id, data FROM term_stats WHERE id > $after ORDER BY id";
        select.Parameters.AddWithValue("$after", afterId);
        using var reader = select.ExecuteReader();
        var runs = new List<(long, TermStatsRun)>();
        while (reader.Read())
        {
            var data = (byte[])reader.GetValue(1);
            runs.Add((reader.GetInt64(0), TermStatsCodec.Decode(data)));
        }

        return runs;
    }

    /// <summary>Ids of the stored runs.</summary>
    public static List<long> RunIds(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT id FROM term_stats ORDER BY id";
        using var reader = select.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, byte[] data)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO term_stats(data) VALUES ($data)";
        insert.Parameters.Add("$data", SqliteType.Blob).Value = data;
        insert.ExecuteNonQuery();
    }
}
