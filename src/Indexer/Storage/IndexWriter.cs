using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Legal.Citations;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage.Rows;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Storage.Sqlite;
using LawMonitor.Indexer.Storage.Statistics;
using LawMonitor.Indexer.Storage.Text;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// Adds, replaces and deletes documents in one transaction per batch. A document whose content is unchanged
/// costs one lookup; a changed one has all its units replaced at once; nothing is visible to readers until
/// <see cref="Commit"/>, and a process killed before it leaves the index as it was.
/// </summary>
/// <remarks>
/// FTS rows are held until <see cref="Commit"/> and written there, deletions first, then insertions in rowid
/// order, after every other statement of the batch: FTS5 flushes its in-memory index to a new segment at
/// each statement savepoint, so interleaving them with document inserts made one tiny segment per document.
/// </remarks>
public sealed class IndexWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly UnitAnalyzer analyzer = new();
    private readonly TermStatsDelta delta = new();
    private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);
    private RawStatement? insertUnit;
    private RawStatement? insertRow;
    private readonly SortedDictionary<long, UnitColumns> pendingRows = [];
    private readonly List<long> pendingDeletes = [];
    private readonly LegalIndex index;
    private SqliteTransaction? transaction;
    private bool changed;
    private readonly TextCompressor texts = new();

    internal IndexWriter(LegalIndex index, TimeProvider? clock = null)
    {
        this.index = index;
        connection = index.OpenConnection();
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Documents written (added, updated or deleted) since the last commit.</summary>
    public int Pending { get; private set; }

    /// <summary>Adds <paramref name="document"/>, or replaces the stored one with the same id when its content differs.</summary>
    public WriteOutcome Upsert(LegalDocument document) => Upsert(document, structure: null);

    /// <summary>
    /// As <see cref="Upsert(LegalDocument)"/>, with the document's provision tree when the caller has already parsed it
    /// (ingestion does), so the text is not parsed twice. It must be the structure of <paramref name="document"/>'s text.
    /// </summary>
    public WriteOutcome Upsert(LegalDocument document, DocumentStructure? structure)
    {
        ArgumentNullException.ThrowIfNull(document);
        Begin();
        structure ??= StructureParser.Parse(document.Text);
        var hash = ContentHash(document, structure);
        var existing = Find(document.Id);
        if (existing is { } e && e.Hash == hash)
        {
            return WriteOutcome.Unchanged;
        }

        if (existing is { } old)
        {
            RemoveDocument(old.Id, document.Id);
        }

        InsertDocument(document, hash, structure);
        Pending++;
        changed = true;
        return existing is null ? WriteOutcome.Added : WriteOutcome.Updated;
    }

    /// <summary>Deletes the document with <paramref name="id"/> and all its units.</summary>
    public WriteOutcome Delete(DocumentId id)
    {
        Begin();
        if (Find(id) is not { } existing)
        {
            return WriteOutcome.NotFound;
        }

        RemoveDocument(existing.Id, id);
        Pending++;
        changed = true;
        return WriteOutcome.Deleted;
    }

    /// <summary>Whether <paramref name="id"/> is in the index (as this batch leaves it).</summary>
    public bool Contains(DocumentId id)
    {
        Begin();
        return Find(id) is not null;
    }

    /// <summary>The newest stored version of <paramref name="id"/> (without its text), or null.</summary>
    public DocumentVersion? LatestVersion(DocumentId id)
    {
        Begin();
        return VersionRows.Latest(connection, transaction, id);
    }

    /// <summary>The text and stored provision tree of <paramref name="id"/> as this batch leaves it, or null (not indexed, or no tree stored).</summary>
    public (string Text, DocumentStructure Structure)? Stored(DocumentId id)
    {
        Begin();
        if (Find(id) is not { } found)
        {
            return null;
        }

        using var command = Sql.Command(connection, transaction, "SELECT structure FROM documents WHERE id = $id", ("$id", found.Id));
        return command.ExecuteScalar() is byte[] structure ? (DocumentReader.Text(connection, found.Id, transaction), StructureCodec.Decode(structure)) : null;
    }

    /// <summary>A document other than <paramref name="except"/> that already has a version made of the file <paramref name="sha256"/>.</summary>
    public DocumentId? DocumentWithFile(string sha256, DocumentId except)
    {
        Begin();
        return VersionRows.DocumentWithFile(connection, transaction, sha256, except);
    }

    /// <summary>Records a new version, in the batch's transaction (its raw file must already be in the store).</summary>
    public void AddVersion(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        Begin();
        VersionRows.Insert(connection, transaction!, version, texts.Compress(version.Text).ToArray());
        changed = true;
    }

    /// <summary>Replaces the parse of an existing version, in the batch's transaction.</summary>
    public void ReplaceParse(DocumentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        Begin();
        VersionRows.ReplaceParse(connection, transaction!, version, texts.Compress(version.Text).ToArray());
        changed = true;
    }

    /// <summary>Decides every document's effect again at the next commit (after the reference facts changed), as a new generation.</summary>
    public void RecomputeEffects()
    {
        Begin();
        changed = true;
    }

    /// <summary>Makes everything written so far visible, with its statistics, as one new generation.</summary>
    public void Commit()
    {
        if (transaction is null)
        {
            return;
        }

        long? generation = null;
        if (changed)
        {
            WritePendingRows();
            if (texts.Dictionary is null)
            {
                TrainTextDictionary();
            }

            TermStatsStore.Append(connection, transaction, delta);
            EffectRows.Recompute(connection, transaction, index.EffectFacts, Calendar.VietnamCalendar.DayOf(clock.GetUtcNow())); // a new repeal ends its target in the same generation
            generation = IndexSchema.ReadGeneration(connection, transaction) + 1;
            IndexSchema.WriteMeta(connection, transaction, "generation", generation.Value.ToString(CultureInfo.InvariantCulture));
        }

        transaction.Commit();
        if (generation is { } committed)
        {
            index.Postings.Committed(committed); // the lists searched lately are read again in the background
        }

        transaction.Dispose();
        transaction = null;
        delta.Clear();
        pendingRows.Clear();
        pendingDeletes.Clear();
        changed = false;
        Pending = 0;
    }

    /// <summary>Abandons what was not committed.</summary>
    public void Dispose()
    {
        foreach (var statement in statements.Values)
        {
            statement.Dispose();
        }

        insertUnit?.Dispose();
        insertRow?.Dispose();
        texts.Dispose();
        pendingRows.Clear();
        pendingDeletes.Clear();
        transaction?.Dispose();
        connection.Dispose();
    }

    private void Begin()
    {
        if (transaction is not null)
        {
            return;
        }

        transaction = connection.BeginTransaction(deferred: false);
        texts.Use(StoredText.Current(connection, transaction)); // another writer may have trained one meanwhile

        foreach (var statement in statements.Values)
        {
            statement.Transaction = transaction;
        }
    }

    private (long Id, string Hash)? Find(DocumentId id)
    {
        var find = Command("SELECT id, content_hash FROM documents WHERE doc_key = $key");
        find.Parameters.AddWithValue("$key", id.Value);
        using var reader = find.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private void InsertDocument(LegalDocument document, string hash, DocumentStructure? structure)
    {
        var text = document.Text;
        structure ??= StructureParser.Parse(text);
        var segments = CapUnits(DocumentSegmenter.Segment(text, structure));
        var numberKeys = document.Number?.Keys ?? [];

        var insert = Command("""
            INSERT INTO documents(doc_key, content_hash, number, number_key, number_keys, type, type_key, title, issuer, issuer_key,
                                  issue_date, year, place, effective_date, signer, signer_title, name_key, status, effect, source, metadata,
                                  unit_count, text_length, indexed_at, structure)
            VALUES ($key, $hash, $number, $numberKey, $numberKeys, $type, $typeKey, $title, $issuer, $issuerKey,
                    $issueDate, $year, $place, $effective, $signer, $signerTitle, $nameKey, $status, $status, $source, $metadata,
                    $units, $length, $at, $structure)
            RETURNING id
            """);
        var p = insert.Parameters;
        p.AddWithValue("$key", document.Id.Value);
        p.AddWithValue("$hash", hash);
        p.AddWithValue("$number", (object?)document.Number?.Display ?? DBNull.Value);
        p.AddWithValue("$numberKey", (object?)document.Number?.Key ?? DBNull.Value);
        p.AddWithValue("$numberKeys", string.Join(' ', numberKeys));
        p.AddWithValue("$type", (object?)document.Type ?? DBNull.Value);
        p.AddWithValue("$typeKey", document.Type is { } type ? DocumentTypes.Key(type) : DBNull.Value);
        p.AddWithValue("$title", (object?)document.Title ?? DBNull.Value);
        p.AddWithValue("$issuer", (object?)document.Issuer ?? DBNull.Value);
        p.AddWithValue("$issuerKey", document.Issuer is { } issuer ? Analysis.VietnameseAnalyzer.FoldWords(issuer) : DBNull.Value);
        p.AddWithValue("$issueDate", document.IssueDate is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        p.AddWithValue("$year", (object?)document.Year ?? DBNull.Value);
        p.AddWithValue("$place", (object?)document.Place ?? DBNull.Value);
        p.AddWithValue("$effective", document.EffectiveDate is { } effective ? effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value);
        p.AddWithValue("$signer", (object?)document.Signer ?? DBNull.Value);
        p.AddWithValue("$signerTitle", (object?)document.SignerTitle ?? DBNull.Value);
        p.AddWithValue("$nameKey", (object?)CitationKeys.Of(null, document.Type, document.Title).FirstOrDefault() ?? DBNull.Value);
        p.AddWithValue("$status", EffectStatusNames.Code(document.Status));
        p.AddWithValue("$source", (object?)document.Source ?? DBNull.Value);
        p.AddWithValue("$metadata", JsonSerializer.Serialize(new SortedDictionary<string, string>(document.Metadata.ToDictionary(), StringComparer.Ordinal)));
        p.AddWithValue("$units", segments.Count);
        p.AddWithValue("$length", text.Length);
        p.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        p.AddWithValue("$structure", Rows.StructureCodec.Encode(structure));
        var docId = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);

        insertUnit ??= new RawStatement(connection, """
            INSERT INTO units(id, doc_id, ord, kind, path, label, heading, body_start, start, text, length, fts_rowid)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """);
        for (var ord = 0; ord < segments.Count; ord++)
        {
            var segment = segments[ord];
            var unitText = text.AsSpan(segment.Start, segment.End - segment.Start);
            var heading = segment.HeadingLine(text);
            var bodyStart = segment.BodyStart - segment.Start;
            var columns = analyzer.Analyze(document.Title, numberKeys, heading, unitText[bodyStart..]);
            var unitId = UnitId.Of(docId, ord);
            var rowId = LengthNorm.RowId(unitId, columns.Length);

            insertUnit.Bind(1, unitId.Value);
            insertUnit.Bind(2, docId);
            insertUnit.Bind(3, ord);
            insertUnit.Bind(4, segment.Kind.ToString());
            insertUnit.Bind(5, segment.Path.ToString());
            insertUnit.Bind(6, segment.Label);
            insertUnit.Bind(7, heading);
            insertUnit.Bind(8, bodyStart);
            insertUnit.Bind(9, segment.Start);
            BindText(insertUnit, 10, unitText);
            insertUnit.Bind(11, columns.Length);
            insertUnit.Bind(12, rowId);
            insertUnit.Execute();
            pendingRows[rowId] = columns;
            delta.AddUnit(columns.Terms, columns.Length, +1);
        }

        if (document.Citations.Count > 0)
        {
            CitationRows.Replace(connection, transaction!, document.Id, document.Citations);
        }
    }

    /// <summary>Binds a unit's text as stored: compressed with the index's dictionary once it has one, plain before.</summary>
    private void BindText(RawStatement statement, int parameter, ReadOnlySpan<char> text)
    {
        if (texts.Dictionary is null)
        {
            statement.Bind(parameter, text);
            return;
        }

        statement.BindBlob(parameter, texts.Compress(text));
    }

    /// <summary>
    /// Once the index holds enough units, trains the dictionary from a sample of them spread over the index,
    /// stores it, and compresses the texts stored plain so far, all in this batch's transaction.
    /// </summary>
    private void TrainTextDictionary()
    {
        var units = Convert.ToInt64(Command("SELECT count(*) FROM units").ExecuteScalar(), CultureInfo.InvariantCulture);
        if (units < index.TrainTextDictionaryAfterUnits)
        {
            return;
        }

        // Every k-th unit stored plain, in id order: spread over documents and over each document's articles.
        var stride = Math.Max(1, units / StoredText.TrainingSamples);
        var samples = new List<byte[]>(StoredText.TrainingSamples);
        using (var reader = Command("SELECT text FROM units WHERE typeof(text) = 'text' ORDER BY id").ExecuteReader())
        {
            for (var row = 0L; reader.Read(); row++)
            {
                if (row % stride == 0)
                {
                    samples.Add(System.Text.Encoding.UTF8.GetBytes(reader.GetString(0)));
                }
            }
        }

        if (TextDictionary.Train(samples) is not { } dictionary)
        {
            return; // too few or too alike: texts stay plain, and a later commit tries again
        }

        StoredText.Store(connection, transaction!, dictionary, units, clock.GetUtcNow());
        texts.Use(dictionary);

        // The texts stored plain so far, a slice at a time (an index migrated from schema 3 may hold millions).
        using var update = new RawStatement(connection, "UPDATE units SET text = ?1 WHERE id = ?2");
        var plain = new List<(long Id, string Text)>();
        for (var after = long.MinValue; ; after = plain[^1].Id)
        {
            plain.Clear();
            var slice = Command("SELECT id, text FROM units WHERE id > $after AND typeof(text) = 'text' ORDER BY id LIMIT 10000");
            slice.Parameters.AddWithValue("$after", after);
            using (var reader = slice.ExecuteReader())
            {
                while (reader.Read())
                {
                    plain.Add((reader.GetInt64(0), reader.GetString(1)));
                }
            }

            if (plain.Count == 0)
            {
                return;
            }

            foreach (var (id, text) in plain)
            {
                update.BindBlob(1, texts.Compress(text));
                update.Bind(2, id);
                update.Execute();
            }
        }
    }

    private void RemoveDocument(long docId, DocumentId id)
    {
        CitationRows.Delete(connection, transaction!, id);
        string? title;
        string[] numberKeys;
        {
            var doc = Command("SELECT title, number_keys FROM documents WHERE id = $id");
            doc.Parameters.AddWithValue("$id", docId);
            using var reader = doc.ExecuteReader();
            reader.Read();
            title = reader.IsDBNull(0) ? null : reader.GetString(0);
            numberKeys = reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        var rowIds = new List<long>();
        {
            var units = Command("SELECT fts_rowid, heading, text, body_start FROM units WHERE doc_id = $id ORDER BY ord");
            units.Parameters.AddWithValue("$id", docId);
            using var reader = units.ExecuteReader();
            while (reader.Read())
            {
                rowIds.Add(reader.GetInt64(0));
                var columns = analyzer.Analyze(title, numberKeys, reader.GetString(1), StoredText.Read(connection, reader, 2).AsSpan(reader.GetInt32(3)));
                delta.AddUnit(columns.Terms, columns.Length, -1);
            }
        }

        foreach (var rowId in rowIds)
        {
            // A unit added earlier in this batch is simply not written; a committed one is deleted at commit.
            if (!pendingRows.Remove(rowId))
            {
                pendingDeletes.Add(rowId);
            }
        }

        var delete = Command("DELETE FROM units WHERE doc_id = $id; DELETE FROM documents WHERE id = $id;");
        delete.Parameters.AddWithValue("$id", docId);
        delete.ExecuteNonQuery();
    }

    private void WritePendingRows()
    {
        var delete = Command("DELETE FROM unit_fts WHERE rowid = $rowid");
        var deleted = delete.Parameters.Add("$rowid", SqliteType.Integer);
        foreach (var rowId in pendingDeletes)
        {
            deleted.Value = rowId;
            delete.ExecuteNonQuery();
        }

        insertRow ??= new RawStatement(connection, "INSERT INTO unit_fts(rowid, num, title, heading, body, refs) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        foreach (var (rowId, columns) in pendingRows)
        {
            insertRow.Bind(1, rowId);
            insertRow.Bind(2, columns.Number);
            insertRow.Bind(3, columns.Title);
            insertRow.Bind(4, columns.Heading);
            insertRow.Bind(5, columns.Body);
            insertRow.Bind(6, columns.Refs);
            insertRow.Execute();
        }
    }

    private static IReadOnlyList<Segment> CapUnits(IReadOnlyList<Segment> segments)
    {
        if (segments.Count <= UnitId.MaxUnitsPerDocument)
        {
            return segments;
        }

        var capped = segments.Take(UnitId.MaxUnitsPerDocument).ToList();
        capped[^1] = capped[^1] with { End = segments[^1].End };
        return capped;
    }

    /// <summary>
    /// The prepared command for <paramref name="sql"/>, created once per writer: preparing statements per
    /// document cost a quarter of the indexing time. Parameters are cleared for each use.
    /// </summary>
    private SqliteCommand Command(string sql)
    {
        if (!statements.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            statements[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>
    /// What makes a stored document the same as a new reading of it: metadata, citations, text and the provision tree
    /// (a newer parser that numbers the same text's provisions otherwise — parser 10's "Mục I.2" for "Khoản 2" — must
    /// replace the stored tree and the units' paths, so the tree is part of it since hash v3).
    /// </summary>
    private static string ContentHash(LegalDocument d, DocumentStructure structure)
    {
        // The UTF-16 code units are hashed as they are: no encoding pass over the text.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? value)
        {
            hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes((value ?? "\u0000").AsSpan()));
            hash.AppendData("\u001f\u0000"u8);
        }

        Add("lawmonitor-document-v3");
        Add(d.Id.Value);
        Add(d.Number?.Display);
        Add(d.Type);
        Add(d.Title);
        Add(d.Issuer);
        Add(d.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(d.Place);
        Add(d.EffectiveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(d.Signer);
        Add(d.SignerTitle);
        Add(d.Status.ToString());
        Add(d.Source);
        foreach (var (k, v) in d.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Add(k);
            Add(v);
        }

        foreach (var c in d.Citations)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"{c.Start}:{c.End}:{c.Relation}:{c.Internal}:{c.TargetKey}:{c.TargetPath}:{c.TargetIssuer}:{c.TargetDate}:{c.SourcePath}"));
        }

        Add(d.Text);
        hash.AppendData(StructureCodec.Encode(structure));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
