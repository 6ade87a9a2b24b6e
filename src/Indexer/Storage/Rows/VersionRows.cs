using System.Globalization;
using LawMonitor.Indexer.Model;
using Microsoft.Data.Sqlite;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Indexer.Storage.Rows;

/// <summary>SQL for <c>raw_files</c> and <c>document_versions</c>. A version's text is stored compressed (<see cref="Text.StoredText"/>).</summary>
internal static class VersionRows
{
    private const string Columns = "doc_key, version, file_sha256, file_name, source_key, parser_version, ingested_at, parsed_at, facts, metadata";

    /// <summary>The newest version of <paramref name="id"/>, without its text, or null.</summary>
    public static DocumentVersion? Latest(SqliteConnection connection, SqliteTransaction? transaction, DocumentId id) =>
        Query(connection, transaction, $"SELECT {Columns}, '' FROM document_versions WHERE doc_key = $key ORDER BY version DESC LIMIT 1", ("$key", id.Value)).FirstOrDefault();

    /// <summary>Every version of <paramref name="id"/>, oldest first, without their text.</summary>
    public static List<DocumentVersion> All(SqliteConnection connection, SqliteTransaction? transaction, DocumentId id) =>
        Query(connection, transaction, $"SELECT {Columns}, '' FROM document_versions WHERE doc_key = $key ORDER BY version", ("$key", id.Value));

    /// <summary>One version with its text, or null.</summary>
    public static DocumentVersion? One(SqliteConnection connection, SqliteTransaction? transaction, DocumentId id, int version) =>
        Query(connection, transaction, $"SELECT {Columns}, text FROM document_versions WHERE doc_key = $key AND version = $version", ("$key", id.Value), ("$version", version)).FirstOrDefault();

    /// <summary>A document other than <paramref name="except"/> that has a version made of the file <paramref name="sha256"/>.</summary>
    public static DocumentId? DocumentWithFile(SqliteConnection connection, SqliteTransaction? transaction, string sha256, DocumentId except)
    {
        using var command = Command(connection, transaction, "SELECT doc_key FROM document_versions WHERE file_sha256 = $sha AND doc_key <> $except ORDER BY doc_key LIMIT 1", ("$sha", sha256), ("$except", except.Value));
        return command.ExecuteScalar() is string key ? DocumentId.Create(key) : null;
    }

    /// <summary>The latest version of every document whose parse is older than <paramref name="parserVersion"/> (or all).</summary>
    public static List<DocumentVersion> LatestParsedBefore(SqliteConnection connection, int parserVersion) =>
        Query(connection, null, $"""
            SELECT {Columns}, '' FROM document_versions v
            WHERE version = (SELECT max(version) FROM document_versions w WHERE w.doc_key = v.doc_key) AND parser_version < $p
            ORDER BY doc_key
            """, ("$p", parserVersion));

    /// <summary>Records <paramref name="version"/>, its text as <paramref name="storedText"/> (its frame, <see cref="Text.TextCompressor"/>).</summary>
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, DocumentVersion version, byte[] storedText)
    {
        using (var raw = Command(connection, transaction,
            "INSERT INTO raw_files(sha256, size, format, stored_at) VALUES ($sha, $size, $format, $at) ON CONFLICT(sha256) DO NOTHING",
            ("$sha", version.FileSha256), ("$size", version.Facts.Size), ("$format", version.Facts.Format), ("$at", Timestamp(version.IngestedAt))))
        {
            raw.ExecuteNonQuery();
        }

        using var insert = Command(connection, transaction, $"""
            INSERT INTO document_versions({Columns}, text)
            VALUES ($key, $version, $sha, $name, $source, $parser, $ingested, $parsed, $facts, $metadata, $text)
            """, Parameters(version, storedText));
        insert.ExecuteNonQuery();
    }

    /// <summary>Replaces the parse of an existing version (a re-parse by a newer parser), its text stored as <paramref name="storedText"/>.</summary>
    public static void ReplaceParse(SqliteConnection connection, SqliteTransaction transaction, DocumentVersion version, byte[] storedText)
    {
        using var update = Command(connection, transaction, """
            UPDATE document_versions SET parser_version = $parser, parsed_at = $parsed, facts = $facts, metadata = $metadata, text = $text
            WHERE doc_key = $key AND version = $version
            """, Parameters(version, storedText));
        update.ExecuteNonQuery();
    }

    private static (string, object?)[] Parameters(DocumentVersion v, byte[] storedText) =>
    [
        ("$key", v.DocumentId.Value), ("$version", v.Version), ("$sha", v.FileSha256), ("$name", v.FileName), ("$source", v.SourceKey),
        ("$parser", v.ParserVersion), ("$ingested", Timestamp(v.IngestedAt)), ("$parsed", Timestamp(v.ParsedAt)),
        ("$facts", StoredJson.Write(v.Facts)), ("$metadata", StoredJson.Write(v.Metadata)), ("$text", storedText),
    ];

    private static List<DocumentVersion> Query(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var versions = new List<DocumentVersion>();
        while (reader.Read())
        {
            versions.Add(new DocumentVersion(DocumentId.Create(reader.GetString(0)), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4))
            {
                ParserVersion = reader.GetInt32(5),
                IngestedAt = DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                ParsedAt = DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture),
                Facts = StoredJson.Read<ExtractionFacts>(reader.GetString(8)),
                Metadata = StoredJson.Read<DocumentMetadata>(reader.GetString(9)),
                Text = Text.StoredText.Read(connection, reader, 10),
            });
        }

        return versions;
    }

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
