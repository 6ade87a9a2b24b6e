using Microsoft.Data.Sqlite;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage.Sqlite;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// The compared provisions of every document as the overlap detector prepared them — text, shingles, MinHash
/// signature — and their band buckets, persisted in <c>detector.db</c> beside the index, keyed by each document's
/// content hash. An ingest batch then costs what its own provisions cost: only new and changed documents are
/// prepared, and their buckets are looked up instead of re-bucketing the index. The file is a cache: deleting
/// it, or <c>detect --all</c>, rebuilds it from the index.
/// </summary>
public sealed class DetectorUnitStore
{
    public const string FileName = "detector.db";

    private static readonly StoreSchema Schema = StoreSchema.Embedded(typeof(DetectorUnitStore).Assembly, "detector", "detector") with { FirstTable = "documents" };

    private readonly SqliteDatabase database;

    private DetectorUnitStore(SqliteDatabase database) => this.database = database;

    /// <summary>Opens (creating or upgrading if needed) the store in <paramref name="dataDirectory"/>.</summary>
    public static DetectorUnitStore Open(string dataDirectory) =>
        new(SqliteDatabase.Open(Path.Combine(dataDirectory, FileName), Schema, "PRAGMA cache_size=-65536;"));

    /// <summary>The content hash each stored document was prepared from, under these settings (others count as not stored).</summary>
    internal Dictionary<DocumentId, string> Prepared(string settings)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT doc_key, content_hash FROM documents WHERE settings = $s", ("$s", settings));
        using var reader = command.ExecuteReader();
        var result = new Dictionary<DocumentId, string>();
        while (reader.Read())
        {
            result[DocumentId.Create(reader.GetString(0))] = reader.GetString(1);
        }

        return result;
    }

    /// <summary>
    /// Replaces the stored provisions of the given documents in one transaction: each removed document's go, each
    /// prepared one's are written with their band keys. Returns the new rows' ids, in the order given.
    /// </summary>
    internal List<long> Replace(IEnumerable<DocumentId> removed, IReadOnlyList<(DocumentId Document, string Hash, IReadOnlyList<ComparedArticle> Units)> prepared, string settings, Func<uint[], IEnumerable<ulong>> bandKeys)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using (var old = Command(connection, transaction, "SELECT id, signature FROM units WHERE doc_key = $d"))
        using (var unband = Command(connection, transaction, "DELETE FROM band_members WHERE key = $k AND unit = $u"))
        {
            var doc = old.Parameters.Add("$d", SqliteType.Text);
            var (key, unit) = (unband.Parameters.Add("$k", SqliteType.Integer), unband.Parameters.Add("$u", SqliteType.Integer));
            foreach (var document in removed.Concat(prepared.Select(p => p.Document)).Distinct())
            {
                doc.Value = document.Value;
                var stale = new List<(long Id, uint[] Signature)>();
                using (var reader = old.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        stale.Add((reader.GetInt64(0), FromBytes<uint>((byte[])reader[1])));
                    }
                }

                foreach (var (id, signature) in stale)
                {
                    unit.Value = id;
                    foreach (var bucket in bandKeys(signature))
                    {
                        key.Value = unchecked((long)bucket);
                        unband.ExecuteNonQuery();
                    }
                }

                Execute(connection, transaction, "DELETE FROM units WHERE doc_key = $d", ("$d", document.Value));
                Execute(connection, transaction, "DELETE FROM documents WHERE doc_key = $d", ("$d", document.Value));
            }
        }

        var ids = new List<long>();
        using var insert = Command(connection, transaction, """
            INSERT INTO units(doc_key, path, start, span_start, span_end, text, shingles, signature)
            VALUES ($d, $p, $st, $ss, $se, $t, $sh, $sg) RETURNING id
            """);
        var (d, p, st, ss, se, t, sh, sg) = (
            insert.Parameters.Add("$d", SqliteType.Text), insert.Parameters.Add("$p", SqliteType.Text), insert.Parameters.Add("$st", SqliteType.Integer),
            insert.Parameters.Add("$ss", SqliteType.Integer), insert.Parameters.Add("$se", SqliteType.Integer), insert.Parameters.Add("$t", SqliteType.Text),
            insert.Parameters.Add("$sh", SqliteType.Blob), insert.Parameters.Add("$sg", SqliteType.Blob));
        // Each bucket row carries its document's number, so a crowded bucket is read from one index range.
        using var band = Command(connection, transaction, "INSERT OR IGNORE INTO band_members(key, unit, doc) VALUES ($k, $u, $doc)");
        var (k, u, docNumber) = (band.Parameters.Add("$k", SqliteType.Integer), band.Parameters.Add("$u", SqliteType.Integer), band.Parameters.Add("$doc", SqliteType.Integer));
        foreach (var (document, hash, units) in prepared)
        {
            using (var add = Command(connection, transaction, "INSERT INTO documents(doc_key, content_hash, settings) VALUES ($d, $h, $s) RETURNING id", ("$d", document.Value), ("$h", hash), ("$s", settings)))
            {
                docNumber.Value = (long)add.ExecuteScalar()!;
            }

            foreach (var unit in units)
            {
                (d.Value, p.Value, st.Value, ss.Value, se.Value, t.Value) = (document.Value, unit.Path, unit.Start, unit.Span.Start, unit.Span.End, unit.Text);
                (sh.Value, sg.Value) = (ToBytes<ulong>(unit.Shingles), ToBytes<uint>(unit.Signature));
                var id = (long)insert.ExecuteScalar()!;
                ids.Add(id);
                u.Value = id;
                foreach (var key in bandKeys(unit.Signature))
                {
                    k.Value = unchecked((long)key);
                    band.ExecuteNonQuery();
                }
            }
        }

        transaction.Commit();
        return ids;
    }

    /// <summary>The units sharing each bucket key, with their documents, in one statement over the bucket index alone.</summary>
    internal Dictionary<ulong, List<(long Unit, DocumentId Document)>> Members(IEnumerable<ulong> keys)
    {
        var distinct = keys.Distinct().ToList();
        var result = distinct.ToDictionary(k => k, _ => new List<(long, DocumentId)>());
        using var connection = Connect();
        var documents = new Dictionary<long, DocumentId>();
        using (var all = Command(connection, null, "SELECT id, doc_key FROM documents"))
        using (var reader = all.ExecuteReader())
        {
            while (reader.Read())
            {
                documents[reader.GetInt64(0)] = DocumentId.Create(reader.GetString(1));
            }
        }

        using var command = Command(connection, null, "SELECT key, unit, doc FROM band_members WHERE key IN (SELECT value FROM json_each($keys))");
        command.Parameters.AddWithValue("$keys", "[" + string.Join(',', distinct.Select(k => unchecked((long)k))) + "]");
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            result[unchecked((ulong)rows.GetInt64(0))].Add((rows.GetInt64(1), documents[rows.GetInt64(2)]));
        }

        return result;
    }

    /// <summary>The stored units with these ids.</summary>
    internal Dictionary<long, ComparedArticle> Load(IEnumerable<long> ids)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT id, doc_key, path, start, span_start, span_end, text, shingles, signature FROM units WHERE id IN (SELECT value FROM json_each($ids))");
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', ids.Distinct()) + "]");
        using var reader = command.ExecuteReader();
        var result = new Dictionary<long, ComparedArticle>();
        while (reader.Read())
        {
            result[reader.GetInt64(0)] = new ComparedArticle(
                DocumentId.Create(reader.GetString(1)), reader.GetString(2), reader.GetInt32(3), reader.GetString(6),
                FromBytes<ulong>((byte[])reader[7]), FromBytes<uint>((byte[])reader[8]))
            {
                Span = (reader.GetInt32(4), reader.GetInt32(5)),
            };
        }

        return result;
    }

    /// <summary>How many units are stored.</summary>
    public long Count()
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT count(*) FROM units");
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Forgets everything: the next incremental run prepares every document again.</summary>
    public void Clear()
    {
        using var connection = Connect();
        Execute(connection, null, "DELETE FROM band_members; DELETE FROM units; DELETE FROM documents;");
    }

    private static byte[] ToBytes<T>(T[] values)
        where T : unmanaged =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private static T[] FromBytes<T>(byte[] bytes)
        where T : unmanaged =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<byte, T>(bytes).ToArray();

    // 64 MB of page cache: the band keys are random, so their pages are too.
    private SqliteConnection Connect() => database.Connect();
}
