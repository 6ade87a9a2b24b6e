using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.SearchApi.Alerts;

namespace LawMonitor.SearchApi.Monitoring;

/// <summary>
/// After documents are read again by a newer parser (<c>reparse</c>, or the same file ingested, uploaded or crawled
/// once more), moves what the registers and the watches say of the provisions whose path changed
/// (<see cref="IngestResult.Moves"/>), so a finding on a plan's "Khoản 2" follows it to "Mục I.2".
/// </summary>
internal static class ProvisionMoves
{
    /// <summary>
    /// Applies the moves of <paramref name="results"/>; returns how many records and watches moved. The stores are
    /// opened only when something moved.
    /// </summary>
    public static int Apply(IEnumerable<IngestResult> results, Func<MonitoringStore> registers, Func<AlertStore> alerts)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(alerts);
        var moves = results.Select(r => r.Moves).OfType<ProvisionPathChanges>().ToList();
        if (moves.Count == 0)
        {
            return 0;
        }

        var (store, watches) = (registers(), alerts());
        return moves.Sum(changes => store.MoveProvisions(changes, MonitoringStore.ReparseActor) + watches.MoveWatches(changes));
    }

    /// <summary>What the CLI says of <paramref name="moved"/> records and watches moved.</summary>
    public static string Words(int moved) =>
        $"Cập nhật vị trí quy định trong {moved} bản ghi phát hiện, kiến nghị, nhiệm vụ, nghĩa vụ báo cáo hoặc theo dõi (văn bản được đọc lại bằng bộ phân tích mới).";
}
