using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// The tables of the index database. Documents hold metadata; units hold the text (a document's text is its
/// units' text in order; compressed with a dictionary of <c>text_dictionaries</c>, see <see cref="Text.StoredUnitText"/>); <c>unit_fts</c> is a contentless FTS5 table of pre-analysed tokens whose rowid
/// carries the unit id and its quantised length; <c>term_stats</c> holds document frequencies. Ingested
/// files add <c>raw_files</c> (the content-addressed originals), <c>document_versions</c> (every version
/// of a document with its extracted text and what parsing learnt) and <c>citations</c> (of the current
/// version).
/// </summary>
internal static class IndexSchema
{
    /// <summary>Version of the table layout.</summary>
    public const int SchemaVersion = 4;

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
            place TEXT,
            effective_date TEXT,
            signer TEXT,
            signer_title TEXT,
            name_key TEXT,
            status TEXT NOT NULL,
            effect TEXT NOT NULL DEFAULT 'khong-ro',
            effect_detail TEXT,
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
        CREATE INDEX IF NOT EXISTS documents_effect ON documents(effect);
        CREATE INDEX IF NOT EXISTS documents_name ON documents(name_key);

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
        """ + Version2Tables + MigrateFrom3;

    /// <summary>Tables added by schema 2 (ingestion), created by a new database and by the migration from 1.</summary>
    private const string Version2Tables = """

        CREATE TABLE IF NOT EXISTS raw_files(
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            format TEXT NOT NULL,
            stored_at TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS document_versions(
            doc_key TEXT NOT NULL,
            version INTEGER NOT NULL,
            file_sha256 TEXT NOT NULL REFERENCES raw_files(sha256),
            file_name TEXT NOT NULL,
            source_key TEXT NOT NULL,
            parser_version INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            parsed_at TEXT NOT NULL,
            facts TEXT NOT NULL,
            metadata TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY(doc_key, version)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS document_versions_file ON document_versions(file_sha256);
        CREATE INDEX IF NOT EXISTS document_versions_source ON document_versions(source_key);

        CREATE TABLE IF NOT EXISTS citations(
            doc_key TEXT NOT NULL,
            ord INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            relation TEXT NOT NULL,
            source_path TEXT NOT NULL,
            internal INTEGER NOT NULL,
            target_key TEXT,
            target_number TEXT,
            target_type TEXT,
            target_name TEXT,
            target_issuer TEXT,
            target_date TEXT,
            target_path TEXT,
            PRIMARY KEY(doc_key, ord)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS citations_target ON citations(target_key);

        CREATE TABLE IF NOT EXISTS api_tokens(
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            token_sha256 TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        ) WITHOUT ROWID;
        """;

    /// <summary>Schema 1 → 2: the metadata columns of ingestion and its tables; nothing stored is touched.</summary>
    private const string MigrateFrom1 = """
        ALTER TABLE documents ADD COLUMN place TEXT;
        ALTER TABLE documents ADD COLUMN effective_date TEXT;
        ALTER TABLE documents ADD COLUMN signer TEXT;
        ALTER TABLE documents ADD COLUMN signer_title TEXT;
        ALTER TABLE documents ADD COLUMN name_key TEXT;
        CREATE INDEX IF NOT EXISTS documents_name ON documents(name_key);
        """ + Version2Tables;

    /// <summary>
    /// Schema 2 → 3: the derived effect beside the stated status (<c>status</c> stays what the document says of
    /// itself); it starts as the stated one and is decided again in the same transaction.
    /// </summary>
    private const string MigrateFrom2 = """
        ALTER TABLE documents ADD COLUMN effect TEXT NOT NULL DEFAULT 'khong-ro';
        ALTER TABLE documents ADD COLUMN effect_detail TEXT;
        UPDATE documents SET effect = status;
        CREATE INDEX IF NOT EXISTS documents_effect ON documents(effect);
        """;

    /// <summary>
    /// Schema 3 → 4: unit texts may be stored compressed with a dictionary (<see cref="Text.StoredUnitText"/>);
    /// the texts stored so far stay as they are, and the first commit that finds enough units trains one and
    /// compresses them.
    /// </summary>
    private const string MigrateFrom3 = """

        CREATE TABLE IF NOT EXISTS text_dictionaries(
            seq INTEGER PRIMARY KEY,
            id INTEGER NOT NULL UNIQUE,
            data BLOB NOT NULL,
            trained_on_units INTEGER NOT NULL,
            trained_at TEXT NOT NULL
        );
        """;

    /// <summary>Creates the tables in a new database, or checks that an existing one is of this version.</summary>
    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var schema = TableExists(connection, transaction, "meta") ? ReadMeta(connection, transaction, "schema_version") : null;
        var analyzer = schema is null ? null : ReadMeta(connection, transaction, "analyzer_version");
        var sameAnalyzer = analyzer == AnalyzerVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (schema == "1" && sameAnalyzer)
        {
            Execute(connection, transaction, MigrateFrom1);
            schema = "2";
        }

        if (schema == "2" && sameAnalyzer)
        {
            Execute(connection, transaction, MigrateFrom2);
            Rows.EffectRows.Recompute(connection, transaction, Legal.Effect.CentralEffectFacts.Default);
            schema = "3";
        }

        if (schema == "3" && sameAnalyzer)
        {
            Execute(connection, transaction, MigrateFrom3);
            WriteMeta(connection, transaction, "schema_version", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
            schema = SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (schema is null)
        {
            Execute(connection, transaction, Ddl);
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

    private static bool TableExists(SqliteConnection connection, SqliteTransaction transaction, string name)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() is not null;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
