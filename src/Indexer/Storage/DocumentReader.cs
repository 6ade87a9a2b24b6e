using LawMonitor.Indexer.Storage.Sqlite;
using System.Globalization;
using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage.Rows;
using LawMonitor.Indexer.Storage.Text;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// Reads what the index holds about documents: metadata and text, versions, citations made and received.
/// Each call is one short read on its own connection.
/// </summary>
public sealed class DocumentReader
{
    private readonly LegalIndex index;

    internal DocumentReader(LegalIndex index) => this.index = index;

    private const string MetadataColumns =
        "id, number, type, title, issuer, issue_date, place, effective_date, signer, signer_title, status, source, metadata, indexed_at, unit_count, effect_detail, doc_key";

    /// <summary>The document with <paramref name="id"/> as indexed, or null; without <paramref name="withText"/>, its metadata only (an empty text).</summary>
    public StoredDocument? Get(DocumentId id, bool withText = true)
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, $"SELECT {MetadataColumns} FROM documents WHERE doc_key = $key", ("$key", id.Value));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Stored(reader, connection, withText) : null;
    }

    /// <summary>How many documents the index holds.</summary>
    public int Count()
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, "SELECT count(*) FROM documents");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The documents last indexed (a new document or a new version), newest first, metadata only.</summary>
    public IReadOnlyList<StoredDocument> Recent(int limit, long offset = 0)
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, $"SELECT {MetadataColumns} FROM documents ORDER BY indexed_at DESC, id DESC LIMIT $limit OFFSET $offset",
            ("$limit", limit), ("$offset", offset));
        using var reader = command.ExecuteReader();
        var list = new List<StoredDocument>();
        while (reader.Read())
        {
            list.Add(Stored(reader, connection, withText: false));
        }

        return list;
    }

    /// <summary>The document on the reader's row (<see cref="MetadataColumns"/>).</summary>
    private static StoredDocument Stored(SqliteDataReader reader, SqliteConnection connection, bool withText)
    {
        string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        DateOnly? D(int i) => S(i) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var docId = reader.GetInt64(0);
        var status = EffectStatusNames.TryParse(S(10), out var stored) ? stored : EffectStatus.Unknown;
        var document = new LegalDocument(DocumentId.Create(reader.GetString(16)), withText ? Text(connection, docId) : string.Empty)
        {
            Number = DocumentNumberParser.TryParse(S(1)),
            Type = S(2),
            Title = S(3),
            Issuer = S(4),
            IssueDate = D(5),
            Place = S(6),
            EffectiveDate = D(7),
            Signer = S(8),
            SignerTitle = S(9),
            Status = status,
            Source = S(11),
            Metadata = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(12)) ?? [],
        };
        return new StoredDocument(document, DateTimeOffset.Parse(reader.GetString(13), CultureInfo.InvariantCulture), reader.GetInt32(14))
        {
            Effect = EffectRows.Deserialize(S(15), status),
        };
    }

    /// <summary>
    /// The documents numbered <paramref name="number"/> as typed ("12/2019/QĐ-UBND", "12/2019/qd-ubnd"),
    /// newest first; empty when the text is not a document number or no document has it.
    /// </summary>
    public IReadOnlyList<DocumentId> WithNumber(string number)
    {
        if (DocumentNumberParser.TryParse(number) is not { } parsed)
        {
            return [];
        }

        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, "SELECT doc_key FROM documents WHERE number_key = $key ORDER BY issue_date DESC, id DESC", ("$key", parsed.Key));
        using var reader = command.ExecuteReader();
        var ids = new List<DocumentId>();
        while (reader.Read())
        {
            ids.Add(DocumentId.Create(reader.GetString(0)));
        }

        return ids;
    }

    /// <summary>
    /// The documents holding a number search key ("59/2012/nd-cp", "59/2012/nd", "59/2012"), newest first, and
    /// the documents citing a number with that key, with the number as written in full.
    /// </summary>
    public NumberLookup LookUpNumber(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = index.OpenConnection();
        var held = new List<DocumentId>();
        string? display = null, type = null;
        using (var command = Sql.Command(connection, null, "SELECT doc_key, number, type FROM documents WHERE number_key = $f OR (' ' || number_keys || ' ') LIKE $k ESCAPE '\\' ORDER BY issue_date DESC, id DESC",
                   ("$f", key), ("$k", "% " + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + " %")))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                held.Add(DocumentId.Create(reader.GetString(0)));
                display ??= reader.IsDBNull(1) ? null : reader.GetString(1);
                type ??= reader.IsDBNull(2) ? null : reader.GetString(2);
            }
        }

        var citing = new List<DocumentId>();
        using (var command = Sql.Command(connection, null, "SELECT DISTINCT doc_key, target_number, target_type FROM citations WHERE internal = 0 AND target_number IS NOT NULL ORDER BY doc_key"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (DocumentNumberParser.TryParse(reader.GetString(1)) is { } number && (number.Key == key || number.Keys.Contains(key)))
                {
                    var id = DocumentId.Create(reader.GetString(0));
                    if (!held.Contains(id) && !citing.Contains(id))
                    {
                        citing.Add(id);
                    }

                    display ??= number.Display;
                    type ??= reader.IsDBNull(2) ? null : reader.GetString(2);
                }
            }
        }

        return new NumberLookup(key, display, type, held, citing);
    }

    /// <summary>The indexed document an officer names by its id or its number (the newest with that number), or null.</summary>
    public DocumentId? Resolve(string idOrNumber)
    {
        ArgumentNullException.ThrowIfNull(idOrNumber);
        var text = idOrNumber.Trim();
        if (DocumentId.TryCreate(text, out var id, out _) && Contains(id))
        {
            return id;
        }

        return WithNumber(text) is [var newest, ..] ? newest : null;
    }

    /// <summary>Whether <paramref name="id"/> is in the index.</summary>
    public bool Contains(DocumentId id)
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, "SELECT 1 FROM documents WHERE doc_key = $key", ("$key", id.Value));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>The newest version of <paramref name="id"/> (without text), or null.</summary>
    public DocumentVersion? LatestVersion(DocumentId id)
    {
        using var connection = index.OpenConnection();
        return VersionRows.Latest(connection, null, id);
    }

    /// <summary>A document other than <paramref name="except"/> with a version made of the file <paramref name="sha256"/>.</summary>
    public DocumentId? DocumentWithFile(string sha256, DocumentId except)
    {
        using var connection = index.OpenConnection();
        return VersionRows.DocumentWithFile(connection, null, sha256, except);
    }

    /// <summary>Every version of <paramref name="id"/>, oldest first, without text.</summary>
    public IReadOnlyList<DocumentVersion> Versions(DocumentId id)
    {
        using var connection = index.OpenConnection();
        return VersionRows.All(connection, null, id);
    }

    /// <summary>Version <paramref name="version"/> of <paramref name="id"/> with its text, or null.</summary>
    public DocumentVersion? Version(DocumentId id, int version)
    {
        using var connection = index.OpenConnection();
        return VersionRows.One(connection, null, id, version);
    }

    /// <summary>The latest version of every ingested document last parsed by a parser older than <paramref name="parserVersion"/>.</summary>
    public IReadOnlyList<DocumentVersion> ParsedBefore(int parserVersion)
    {
        using var connection = index.OpenConnection();
        return VersionRows.LatestParsedBefore(connection, parserVersion);
    }

    /// <summary>The citations <paramref name="id"/> makes, resolved where the cited document is indexed.</summary>
    public IReadOnlyList<StoredCitation> CitationsFrom(DocumentId id)
    {
        using var connection = index.OpenConnection();
        return CitationRows.From(connection, id);
    }

    /// <summary>Every citation of another document with one of <paramref name="relations"/>, across the index.</summary>
    public IReadOnlyList<StoredCitation> CitationsWithRelation(params CitationRelation[] relations)
    {
        using var connection = index.OpenConnection();
        return CitationRows.WithRelations(connection, relations);
    }

    /// <summary>Indexed documents whose stated status is <paramref name="status"/>, with their number key ("number:…").</summary>
    public IReadOnlyList<(DocumentId Document, string Key)> NumberKeysWithStatus(EffectStatus status)
    {
        using var connection = index.OpenConnection();
        return CitationRows.NumberKeysWithStatus(connection, status);
    }

    /// <summary>The effect of every document held or cited, decided by the one rule (<see cref="Legal.Effect.EffectRule"/>).</summary>
    public EffectBook Effects()
    {
        using var connection = index.OpenConnection();
        return EffectBook.Read(connection, index.EffectFacts);
    }

    /// <summary>Every article of every document, streamed in document order: document, path, heading, offset of the article in its document's text, text.</summary>
    public IEnumerable<(DocumentId Document, string Path, string Heading, int Start, string Text)> Articles()
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, "SELECT d.doc_key, u.path, u.heading, u.start, u.text FROM units u JOIN documents d ON d.id = u.doc_id WHERE u.kind = 'Article' ORDER BY u.doc_id, u.ord");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (DocumentId.Create(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), StoredText.Read(connection, reader, 4));
        }
    }

    /// <summary>The provisions <paramref name="id"/> is cut into: each one's path and where it starts in the text, in order.</summary>
    public IReadOnlyList<(ProvisionPath Path, int Start)> UnitPaths(DocumentId id)
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, "SELECT u.path, u.start FROM units u JOIN documents d ON d.id = u.doc_id WHERE d.doc_key = $k ORDER BY u.ord", ("$k", id.Value));
        using var reader = command.ExecuteReader();
        var units = new List<(ProvisionPath, int)>();
        while (reader.Read())
        {
            units.Add((ProvisionPath.TryParse(reader.GetString(0), out var path) ? path.Value : ProvisionPath.Document, reader.GetInt32(1)));
        }

        return units;
    }

    /// <summary>
    /// The appendices after <paramref name="id"/>'s signature, as stored units ("Phụ lục I" and its heading line),
    /// each with where it starts and where the next unit starts (null for the last: the text's end).
    /// </summary>
    public IReadOnlyList<(string Label, string Heading, int Start, int? End)> Appendices(DocumentId id)
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null,
            "SELECT label, heading, start, next FROM (SELECT u.kind, u.label, u.heading, u.start, LEAD(u.start) OVER (ORDER BY u.ord) AS next " +
            "FROM units u JOIN documents d ON d.id = u.doc_id WHERE d.doc_key = $k) WHERE kind = $kind", ("$k", id.Value), ("$kind", nameof(Legal.UnitKind.Appendix)));
        using var reader = command.ExecuteReader();
        var appendices = new List<(string, string, int, int?)>();
        while (reader.Read())
        {
            appendices.Add((reader.IsDBNull(0) ? "Phụ lục" : reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));
        }

        return appendices;
    }

    /// <summary>Every document's type, issuer, issue date and title (no text): what matching reports to duties reads.</summary>
    public IReadOnlyList<(DocumentId Document, string? Type, string? Issuer, DateOnly? IssueDate, string? Title)> Summaries()
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, "SELECT doc_key, type, issuer, issue_date, title FROM documents ORDER BY id");
        using var reader = command.ExecuteReader();
        var list = new List<(DocumentId, string?, string?, DateOnly?, string?)>();
        while (reader.Read())
        {
            list.Add((DocumentId.Create(reader.GetString(0)), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return list;
    }

    /// <summary>Every document's content hash: what changes when its text or metadata does.</summary>
    public Dictionary<DocumentId, string> ContentHashes()
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, "SELECT doc_key, content_hash FROM documents");
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<DocumentId, string>();
        while (reader.Read())
        {
            hashes[DocumentId.Create(reader.GetString(0))] = reader.GetString(1);
        }

        return hashes;
    }

    /// <summary>
    /// The provision tree of the document's current text as parsed at ingest (stored with it), or null when no such
    /// document is indexed (or, in a file written by none of our releases, none was stored).
    /// </summary>
    public DocumentStructure? Structure(DocumentId id)
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, "SELECT structure FROM documents WHERE doc_key = $key", ("$key", id.Value));
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? StructureCodec.Decode((byte[])reader.GetValue(0)) : null;
    }

    /// <summary>Every document's current text and its stored provision tree, streamed in document order (its units' text in order).</summary>
    public IEnumerable<(DocumentId Document, string Text, DocumentStructure Structure)> Texts()
    {
        using var connection = index.OpenConnection();
        using var command = Sql.Command(connection, null, """
            SELECT d.doc_key, u.text, CASE WHEN u.ord = 0 THEN d.structure END
            FROM units u JOIN documents d ON d.id = u.doc_id ORDER BY u.doc_id, u.ord
            """);
        using var reader = command.ExecuteReader();
        string? current = null;
        byte[]? structure = null;
        var text = new StringBuilder();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (current is not null && key != current)
            {
                yield return Completed(current, text.ToString(), structure);
                text.Clear();
            }

            if (key != current)
            {
                structure = reader.IsDBNull(2) ? null : (byte[])reader.GetValue(2);
            }

            current = key;
            text.Append(StoredText.Read(connection, reader, 1));
        }

        if (current is not null)
        {
            yield return Completed(current, text.ToString(), structure);
        }

        static (DocumentId, string, DocumentStructure) Completed(string key, string text, byte[]? structure) =>
            (DocumentId.Create(key), text, structure is null ? StructureParser.Parse(text) : StructureCodec.Decode(structure));
    }

    /// <summary>
    /// The citations other documents make to <paramref name="id"/>, each provision placed in its tree
    /// (<see cref="DocumentStructure.Resolve"/>: "khoản 1 Điều 7 Quy chế ban hành kèm theo Quyết định …" is the decision's
    /// own Điều 7 when its quy chế continues the decision's numbering).
    /// </summary>
    public IReadOnlyList<StoredCitation> CitedBy(DocumentId id)
    {
        List<StoredCitation> citations;
        using (var connection = index.OpenConnection())
        {
            citations = CitationRows.To(connection, id).ToList();
        }

        if (citations.All(c => c.Citation.TargetPath is null) || Structure(id) is not { } structure)
        {
            return citations;
        }

        return citations.Select(c => c.Citation.TargetPath is { } path && structure.Resolve(path) is var placed && placed != path
            ? c with { Citation = c.Citation with { TargetPath = placed } }
            : c).ToList();
    }

    /// <summary>A document's text: its units' text in order (units cover the text end to end).</summary>
    internal static string Text(SqliteConnection connection, long docId, SqliteTransaction? transaction = null)
    {
        using var command = Sql.Command(connection, transaction, "SELECT text FROM units WHERE doc_id = $id ORDER BY ord", ("$id", docId));
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        while (reader.Read())
        {
            text.Append(StoredText.Read(connection, reader, 0));
        }

        return text.ToString();
    }
}
