using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// The findings and recommendations registers (<c>monitoring.db</c> in the data folder, WAL). Every change
/// is one transaction that checks the version the editor started from (one of two concurrent edits wins,
/// the other is told, nothing is silently lost) and appends a history entry with the fields that changed.
/// A detector's candidate carries a key, unique in the register, so re-running a detector never duplicates
/// a finding that is open, confirmed or dismissed.
/// </summary>
public sealed partial class MonitoringStore
{
    public const string FileName = "monitoring.db";

    internal static readonly JsonSerializerOptions Json = Storage.Rows.StoredJson.Options;

    /// <summary>The registers' tables (<c>Schema/registers</c>).</summary>
    internal static readonly StoreSchema Schema = StoreSchema.Embedded(typeof(MonitoringStore).Assembly, "registers", "registers") with { FirstTable = "findings" };

    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;

    private MonitoringStore(SqliteDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    /// <summary>
    /// The same registers on another clock: a record whose events happened earlier (the demo's registers,
    /// an import) is written with the events' dates in its history.
    /// </summary>
    public MonitoringStore WithClock(TimeProvider other) => new(database, other);

    /// <summary>Opens (creating or upgrading if needed) the registers in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="StoreFormatException">The file was written by a newer build, or is not a database.</exception>
    public static MonitoringStore Open(string dataDirectory, TimeProvider? clock = null) =>
        new(SqliteDatabase.Open(Path.Combine(dataDirectory, FileName), Schema), clock ?? TimeProvider.System);

    /// <summary>The history of one record, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> History(string entity, long id)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT version, at, actor, action, changes, reason FROM history WHERE entity=$e AND entity_id=$id ORDER BY seq", ("$e", entity), ("$id", id));
        using var reader = command.ExecuteReader();
        var list = new List<HistoryEntry>();
        while (reader.Read())
        {
            var changes = JsonSerializer.Deserialize<Dictionary<string, FieldChange>>(reader.GetString(4), Json) ?? [];
            list.Add(new HistoryEntry(entity, id, reader.GetInt32(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), reader.GetString(2), reader.GetString(3), changes, reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return list;
    }

    /// <summary>The fields that differ between two versions of a record, as JSON text (row bookkeeping left out).</summary>
    internal static Dictionary<string, FieldChange> Diff<T>(T? before, T after)
    {
        var old = before is null ? new JsonObject() : JsonSerializer.SerializeToNode(before, Json)!.AsObject();
        var now = JsonSerializer.SerializeToNode(after, Json)!.AsObject();
        var changes = new Dictionary<string, FieldChange>(StringComparer.Ordinal);
        foreach (var name in old.Select(p => p.Key).Union(now.Select(p => p.Key)).Where(n => n is not ("version" or "updatedAt" or "createdAt" or "id")))
        {
            var a = old[name]?.ToJsonString(Json);
            var b = now[name]?.ToJsonString(Json);
            if (a != b)
            {
                changes[name] = new FieldChange(a, b);
            }
        }

        return changes;
    }

    private void Append(SqliteConnection connection, SqliteTransaction transaction, string entity, long id, int version, string actor, string action, Dictionary<string, FieldChange> changes, string? reason) =>
        Execute(connection, transaction, "INSERT INTO history(entity, entity_id, version, at, actor, action, changes, reason) VALUES($e, $id, $v, $at, $a, $act, $c, $r)",
            ("$e", entity), ("$id", id), ("$v", version), ("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("$a", actor), ("$act", action),
            ("$c", JsonSerializer.Serialize(changes, Json)), ("$r", reason));

    private SqliteConnection Connect() => database.Connect();

    private static Problem Conflict(string what, long id, int expected, int current) =>
        new(LifecycleErrorCodes.Conflict, $"{what} #{id} đã được người khác sửa (phiên bản {current}, bạn sửa từ phiên bản {expected}); hãy tải lại và sửa lại (edited by someone else since version {expected}).", "version");

    private static Problem NotFound(string what, long id) => new(LifecycleErrorCodes.NotFound, $"Không có {what} #{id} (no such record).");
}
