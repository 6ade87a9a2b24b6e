using System.Reflection;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>
/// What one store's SQLite file holds, version by version: the SQL that creates a new file at
/// <see cref="Version"/>, and for each older version the upgrade to the next. Versions are kept in the file's
/// <c>PRAGMA user_version</c>; files written before that was kept say their version another way
/// (<see cref="LegacyVersion"/>). Applied by <see cref="SqliteDatabase"/>.
/// </summary>
/// <param name="Name">The store, as errors name it ("index", "registers", "accounts" …).</param>
/// <param name="Create">The SQL of a new file at the latest version.</param>
/// <param name="Upgrades">The upgrade from version <c>i + 1</c> to <c>i + 2</c> at index <c>i</c>.</param>
public sealed record StoreSchema(string Name, string Create, IReadOnlyList<SchemaUpgrade> Upgrades)
{
    /// <summary>The version a file of this build is at.</summary>
    public int Version => Upgrades.Count + 1;

    /// <summary>
    /// For a file whose <c>user_version</c> is 0: the version it is at when it was written before versions were
    /// kept there (null: a new, empty file). By default, version 1 when <see cref="FirstTable"/> exists.
    /// </summary>
    public Func<SqliteConnection, int?>? LegacyVersion { get; init; }

    /// <summary>A table every version has, by which a file written before versions were kept is recognised.</summary>
    public string? FirstTable { get; init; }

    /// <summary>Checks an existing file before it is upgraded or used; throws (naming the file and what to do) when it cannot be.</summary>
    public Action<SqliteConnection>? Verify { get; init; }

    /// <summary>What a new file does once created (rows the store needs from the start), in the same transaction.</summary>
    public Action<SqliteConnection, SqliteTransaction>? Initialise { get; init; }

    /// <summary>
    /// The schema whose SQL is embedded in <paramref name="assembly"/> under <c>…Schema.{folder}.</c>:
    /// <c>create.sql</c>, and <c>upgrade-N.sql</c> for each version N from 1 that has a next one. An upgrade may
    /// also run code after its SQL (<paramref name="steps"/>, by the version it upgrades from).
    /// </summary>
    public static StoreSchema Embedded(Assembly assembly, string name, string folder, IReadOnlyDictionary<int, Action<SqliteConnection, SqliteTransaction>>? steps = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var resources = assembly.GetManifestResourceNames().Where(n => n.Contains($".Schema.{folder}.", StringComparison.Ordinal)).ToList();
        string Read(string file)
        {
            var resource = resources.SingleOrDefault(n => n.EndsWith($".Schema.{folder}.{file}", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"the {name} schema has no embedded {file}");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        var upgrades = new List<SchemaUpgrade>();
        for (var from = 1; resources.Any(n => n.EndsWith($".upgrade-{from}.sql", StringComparison.Ordinal)); from++)
        {
            upgrades.Add(new SchemaUpgrade(from, Read($"upgrade-{from}.sql"), steps?.GetValueOrDefault(from)));
        }

        return new StoreSchema(name, Read("create.sql"), upgrades);
    }
}
