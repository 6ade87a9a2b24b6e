using System.Globalization;
using LawMonitor.Indexer.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// The tables of the index database (<c>Schema/index/*.sql</c>). Documents hold metadata; units hold the text
/// (a document's text is its units' text in order; compressed with a dictionary of <c>text_dictionaries</c>, see
/// <see cref="Text.StoredText"/>); <c>unit_fts</c> is a contentless FTS5 table of pre-analysed tokens whose
/// rowid carries the unit id and its quantised length; <c>term_stats</c> holds document frequencies. Ingested
/// files add <c>raw_files</c> (the content-addressed originals), <c>document_versions</c> (every version of a
/// document with its extracted text, compressed as unit texts are, and what parsing learnt) and <c>citations</c> (of the current version).
/// <c>meta</c> holds the analyzer version and the generation. Each document keeps its provision tree (<c>structure</c>,
/// <see cref="Rows.StructureCodec"/>), parsed once when it is written.
/// </summary>
internal static class IndexSchema
{
    /// <summary>
    /// Version of the analysis that produced the FTS tokens and statistics. Changing tokenisation without
    /// changing this would corrupt deletes; an index built by another version must be rebuilt.
    /// </summary>
    public const int AnalyzerVersion = 1;

    /// <summary>The index's schema: created at its latest version, or upgraded step by step from an older file.</summary>
    public static StoreSchema Store { get; } = StoreSchema.Embedded(typeof(IndexSchema).Assembly, "index", "index",
        new Dictionary<int, Action<SqliteConnection, SqliteTransaction>>
        {
            // 2 -> 3 added the derived effect; 6 -> 7 decides it, for every file older than 7, once its tree is stored.

            // 4 -> 5: each document's provision tree, parsed from its stored text this once.
            [4] = StoreStructures,

            // 5 -> 6: each version's text, compressed as new versions are.
            [5] = CompressVersionTexts,

            // 6 -> 7: every effect decided again, now from a document's own day of effect when nothing else decides it and
            // with each act's provision placed in the stored tree.
            [6] = RecomputeEffects,
        }) with
    {
        // Before user_version was kept, the version was meta's schema_version; an analyzer change cannot be upgraded.
        LegacyVersion = LegacyVersion,
        Verify = connection => CheckAnalyzer(connection, connection.DataSource),
        Initialise = (connection, transaction) =>
        {
            WriteMeta(connection, transaction, "analyzer_version", AnalyzerVersion.ToString(CultureInfo.InvariantCulture));
            WriteMeta(connection, transaction, "generation", "0");
            // A larger in-memory hash means fewer, larger segments while indexing.
            Sql.Execute(connection, transaction, "INSERT INTO unit_fts(unit_fts, rank) VALUES('hashsize', 33554432)");
        },
    };

    /// <summary>Every effect decided again on today's Vietnam day, with the reference facts the office imported beside the file.</summary>
    private static void RecomputeEffects(SqliteConnection connection, SqliteTransaction transaction) =>
        Rows.EffectRows.Recompute(connection, transaction, LegalIndex.FactsBeside(connection.DataSource), Calendar.VietnamCalendar.System.Today);

    private static void StoreStructures(SqliteConnection connection, SqliteTransaction transaction)
    {
        var ids = new List<long>();
        using (var select = Sql.Command(connection, transaction, "SELECT id FROM documents WHERE structure IS NULL"))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        using var update = Sql.Command(connection, transaction, "UPDATE documents SET structure = $s WHERE id = $id", ("$s", Array.Empty<byte>()), ("$id", 0L));
        foreach (var id in ids)
        {
            update.Parameters["$s"].Value = Rows.StructureCodec.Encode(Legal.StructureParser.Parse(DocumentReader.Text(connection, id, transaction)));
            update.Parameters["$id"].Value = id;
            update.ExecuteNonQuery();
        }
    }

    private static void CompressVersionTexts(SqliteConnection connection, SqliteTransaction transaction)
    {
        var keys = new List<(string Key, long Version)>();
        using (var select = Sql.Command(connection, transaction, "SELECT doc_key, version FROM document_versions WHERE typeof(text) = 'text'"))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                keys.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        using var texts = new Text.TextCompressor();
        texts.Use(Text.StoredText.Current(connection, transaction));
        using var read = Sql.Command(connection, transaction, "SELECT text FROM document_versions WHERE doc_key = $k AND version = $v", ("$k", ""), ("$v", 0L));
        using var update = Sql.Command(connection, transaction, "UPDATE document_versions SET text = $t WHERE doc_key = $k AND version = $v", ("$t", Array.Empty<byte>()), ("$k", ""), ("$v", 0L));
        foreach (var (key, version) in keys)
        {
            read.Parameters["$k"].Value = update.Parameters["$k"].Value = key;
            read.Parameters["$v"].Value = update.Parameters["$v"].Value = version;
            update.Parameters["$t"].Value = texts.Compress((string)read.ExecuteScalar()!).ToArray();
            update.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Refuses an index whose words were analysed by another version of the analyser: its tokens and statistics
    /// would not match what searches and deletes compute. Only the index file needs rebuilding.
    /// </summary>
    /// <exception cref="IndexFormatException">The analyser differs.</exception>
    private static void CheckAnalyzer(SqliteConnection connection, string path)
    {
        var analyzer = ReadMeta(connection, null, "analyzer_version");
        if (analyzer != AnalyzerVersion.ToString(CultureInfo.InvariantCulture))
        {
            throw new IndexFormatException(
                $"Chỉ mục {path} được lập bởi bộ phân tích từ của một phiên bản khác ({analyzer}; bản này cần {AnalyzerVersion}). " +
                $"Hãy chuyển riêng tệp đó (cùng các tệp -wal và -shm) sang chỗ khác rồi lập chỉ mục lại: sổ theo dõi, tài khoản, token và dữ liệu thu thập bên cạnh vẫn được giữ " +
                $"(indexed by another analyser version: move that file aside and index again).");
        }
    }

    private static int? LegacyVersion(SqliteConnection connection)
    {
        if (!SqliteDatabase.TableExists(connection, "meta"))
        {
            return null;
        }

        return int.TryParse(ReadMeta(connection, null, "schema_version"), CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    /// <summary>Reads a meta value, or null.</summary>
    public static string? ReadMeta(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = Sql.Command(connection, transaction, "SELECT value FROM meta WHERE key = $key", ("$key", key));
        return command.ExecuteScalar() as string;
    }

    /// <summary>Writes a meta value.</summary>
    public static void WriteMeta(SqliteConnection connection, SqliteTransaction? transaction, string key, string value) =>
        Sql.Execute(connection, transaction, "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$key", key), ("$value", value));

    /// <summary>The current index generation: bumped by every commit that changed something.</summary>
    public static long ReadGeneration(SqliteConnection connection, SqliteTransaction? transaction) =>
        long.TryParse(ReadMeta(connection, transaction, "generation"), CultureInfo.InvariantCulture, out var g) ? g : 0;
}
