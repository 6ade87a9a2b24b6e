using System.Text.Json;
using LawMonitor.Indexer.Monitoring.Obligations;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Indexer.Monitoring;

public sealed partial class MonitoringStore
{
    /// <summary>The directory of the province's bodies, in its order.</summary>
    public BodyDirectory Bodies()
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT name, groups FROM bodies ORDER BY ord");
        using var reader = command.ExecuteReader();
        var bodies = new List<GovernmentBody>();
        while (reader.Read())
        {
            bodies.Add(new GovernmentBody(reader.GetString(0), JsonSerializer.Deserialize<List<string>>(reader.GetString(1), Json) ?? []));
        }

        return new BodyDirectory(bodies);
    }

    /// <summary>Replaces the directory of bodies, in one transaction.</summary>
    public void ReplaceBodies(IReadOnlyList<GovernmentBody> bodies)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "DELETE FROM bodies");
        for (var i = 0; i < bodies.Count; i++)
        {
            Execute(connection, transaction, "INSERT INTO bodies(ord, name, groups) VALUES($o, $n, $g)",
                ("$o", i), ("$n", bodies[i].Name.Trim()), ("$g", JsonSerializer.Serialize(bodies[i].Groups, Json)));
        }

        transaction.Commit();
    }
}
