using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// The tables of the index database. Documents hold metadata; units hold the text (a document's text is its
/// units' text in order); <c>unit_fts</c> is a contentless FTS5 table of pre-analysed tokens whose rowid
/// carries the unit id and its quantised length; <c>term_stats</c> holds document frequencies.
/// </summary>
internal static class IndexSchema
{
    /// <summary>Version of the table layout.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// Version of the analysis that produced the FTS tokens and statistics. Changing tokenisation without
    /// changing this would corrupt deletes; an index built by another version must be rebuilt.
    /// </summary>
    public const int AnalyzerVersion = 1;

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS documents(
            id INTEGER PRIMARY KEY,
            doc_key TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            number TEXT,
            number_key TEXT,
            number_keys TEXT NOT NULL DEFAULT '',
            type TEXT,
            type_key TEXT,
            title TEXT,
            issuer TEXT,
            issuer_key TEXT,
            issue_date TEXT,
            year INTEGER,
            status TEXT NOT NULL,
            source TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            unit_count INTEGER NOT NULL,
            text_length INTEGER NOT NULL,
            indexed_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS documents_number ON documents(number_key);
        CREATE INDEX IF NOT EXISTS documents_type ON documents(type_key);
        CREATE INDEX IF NOT EXISTS documents_year ON documents(year);
        CREATE INDEX IF NOT EXISTS documents_status ON documents(status);

        CREATE TABLE IF NOT EXISTS units(
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            kind TEXT NOT NULL,
            path TEXT NOT NULL,
            label TEXT,
            heading TEXT NOT NULL,
            body_start INTEGER NOT NULL,
            start INTEGER NOT NULL,
            text TEXT NOT NULL,
            length INTEGER NOT NULL,
            fts_rowid INTEGER NOT NULL UNIQUE
        );
        CREATE INDEX IF NOT EXISTS units_doc ON units(doc_id, ord);

        CREATE VIRTUAL TABLE IF NOT EXISTS unit_fts USING fts5(
            num, title, heading, body, refs,
            content='', contentless_delete=1,
            tokenize="ascii tokenchars '#@/-'"
        );

        CREATE TABLE IF NOT EXISTS term_stats(
            id INTEGER PRIMARY KEY,
            data BLOB NOT NULL
        );
        """;

    /// <summary>Creates the tables in a new database, or checks that an existing one is of this version.</summary>
    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, Ddl);
        var schema = ReadMeta(connection, transaction, "schema_version");
        var analyzer = ReadMeta(connection, transaction, "analyzer_version");
        if (schema is null)
        {
            WriteMeta(connection, transaction, "schema_version", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteMeta(connection, transaction, "analyzer_version", AnalyzerVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteMeta(connection, transaction, "generation", "0");
            // A larger in-memory hash means fewer, larger segments while indexing.
            Execute(connection, transaction, "INSERT INTO unit_fts(unit_fts, rank) VALUES('hashsize', 33554432)");
        }
        else if (schema != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
                 || analyzer != AnalyzerVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new IndexFormatException(
                $"the index was built by another version of LawMonitor (schema {schema}, analyzer {analyzer}; " +
                $"this version needs schema {SchemaVersion}, analyzer {AnalyzerVersion}). Move the data folder aside and index again.");
        }

        transaction.Commit();
    }

    /// <summary>Reads a meta value, or null.</summary>
    public static string? ReadMeta(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Writes a meta value.</summary>
    public static void WriteMeta(SqliteConnection connection, SqliteTransaction? transaction, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    /// <summary>The current index generation: bumped by every commit that changed something.</summary>
    public static long ReadGeneration(SqliteConnection connection, SqliteTransaction? transaction) =>
        long.TryParse(ReadMeta(connection, transaction, "generation"), System.Globalization.CultureInfo.InvariantCulture, out var g) ? g : 0;

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
