using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Statistics;

/// <summary>
/// The current <see cref="TermStatsSnapshot"/> of an index, refreshed when another writer commits: new runs are
/// merged into the snapshot held; after a compaction everything is read again.
/// </summary>
internal sealed class TermStatsCache
{
    private readonly Lock gate = new();
    private TermStatsSnapshot snapshot = TermStatsSnapshot.Empty;
    private List<long> runIds = [];

    /// <summary>
    /// The statistics for <paramref name="generation"/>, reading the database only when it moved on. Call it
    /// inside the read transaction that read the generation, so both describe the same commit.
    /// </summary>
    public TermStatsSnapshot Get(SqliteConnection connection, SqliteTransaction transaction, long generation)
    {
        lock (gate)
        {
            if (snapshot.Generation == generation)
            {
                return snapshot;
            }

            var ids = TermStatsStore.RunIds(connection, transaction);
            var known = runIds.Count > 0 && ids.Count >= runIds.Count && ids.Take(runIds.Count).SequenceEqual(runIds);
            if (known)
            {
                var fresh = TermStatsStore.LoadRuns(connection, transaction, runIds[^1]).Select(r => r.Run).Prepend(snapshot.Totals).ToList();
                snapshot = new TermStatsSnapshot(TermStatsRun.Merge(fresh), generation);
            }
            else
            {
                var all = TermStatsStore.LoadRuns(connection, transaction).Select(r => r.Run).ToList();
                snapshot = new TermStatsSnapshot(TermStatsRun.Merge(all), generation);
            }

            runIds = ids;
            return snapshot;
        }
    }
}
