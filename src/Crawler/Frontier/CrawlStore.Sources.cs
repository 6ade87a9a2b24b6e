using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Crawler.Frontier;

public sealed partial class CrawlStore
{
    /// <summary>Stores (or replaces) a source's definition.</summary>
    public void PutSource(string name, string json, string origin, DateTimeOffset now)
    {
        using var connection = Connect();
        Execute(connection, null, "INSERT INTO sources(name, json, origin, updated_at) VALUES($n, $j, $o, $t) ON CONFLICT(name) DO UPDATE SET json=$j, origin=$o, updated_at=$t",
            ("$n", name), ("$j", json), ("$o", origin), ("$t", Time(now)));
    }

    public StoredSource? GetSource(string name) => Sources(name).FirstOrDefault();

    public IReadOnlyList<StoredSource> ListSources() => Sources(null);

    /// <summary>Removes a source's definition (its runs stay, for the record); false when there was none.</summary>
    public bool DeleteSource(string name)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "DELETE FROM sources WHERE name=$n", ("$n", name));
        return command.ExecuteNonQuery() > 0;
    }

    private List<StoredSource> Sources(string? name)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT name, json, origin, updated_at FROM sources WHERE $n IS NULL OR name=$n ORDER BY name", ("$n", name));
        using var reader = command.ExecuteReader();
        var list = new List<StoredSource>();
        while (reader.Read())
        {
            list.Add(new StoredSource(reader.GetString(0), reader.GetString(1), reader.GetString(2), ReadTime(reader, 3)!.Value));
        }

        return list;
    }
}
