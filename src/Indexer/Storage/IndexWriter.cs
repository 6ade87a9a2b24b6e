using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Storage.Statistics;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// Adds, replaces and deletes documents in one transaction per batch. A document whose content is unchanged
/// costs one lookup; a changed one has all its units replaced at once; nothing is visible to readers until
/// <see cref="Commit"/>, and a process killed before it leaves the index as it was.
/// </summary>
public sealed class IndexWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly TimeProvider clock;
    private readonly UnitAnalyzer analyzer = new();
    private readonly TermStatsDelta delta = new();
    private SqliteTransaction? transaction;
    private bool changed;

    internal IndexWriter(LegalIndex index, TimeProvider? clock = null)
    {
        connection = index.OpenConnection();
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Documents written (added, updated or deleted) since the last commit.</summary>
    public int Pending { get; private set; }

    /// <summary>Adds <paramref name="document"/>, or replaces the stored one with the same id when its content differs.</summary>
    public WriteOutcome Upsert(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Begin();
        var hash = ContentHash(document);
        var existing = Find(document.Id);
        if (existing is { } e && e.Hash == hash)
        {
            return WriteOutcome.Unchanged;
        }

        if (existing is { } old)
        {
            RemoveDocument(old.Id);
        }

        InsertDocument(document, hash);
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

        RemoveDocument(existing.Id);
        Pending++;
        changed = true;
        return WriteOutcome.Deleted;
    }

    /// <summary>Makes everything written so far visible, with its statistics, as one new generation.</summary>
    public void Commit()
    {
        if (transaction is null)
        {
            return;
        }

        if (changed)
        {
            TermStatsStore.Append(connection, transaction, delta);
            var generation = IndexSchema.ReadGeneration(connection, transaction) + 1;
            IndexSchema.WriteMeta(connection, transaction, "generation", generation.ToString(CultureInfo.InvariantCulture));
        }

        transaction.Commit();
        transaction.Dispose();
        transaction = null;
        delta.Clear();
        changed = false;
        Pending = 0;
    }

    /// <summary>Abandons what was not committed.</summary>
    public void Dispose()
    {
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
    }

    private (long Id, string Hash)? Find(DocumentId id)
    {
        using var find = Command("SELECT id, content_hash FROM documents WHERE doc_key = $key");
        find.Parameters.AddWithValue("$key", id.Value);
        using var reader = find.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private void InsertDocument(LegalDocument document, string hash)
    {
        var text = document.Text;
        var segments = CapUnits(DocumentSegmenter.Segment(text, StructureParser.Parse(text)));
        var numberKeys = document.Number?.Keys ?? [];

        using var insert = Command("""
            INSERT INTO documents(doc_key, content_hash, number, number_key, number_keys, type, type_key, title, issuer, issuer_key,
                                  issue_date, year, status, source, metadata, unit_count, text_length, indexed_at)
            VALUES ($key, $hash, $number, $numberKey, $numberKeys, $type, $typeKey, $title, $issuer, $issuerKey,
                    $issueDate, $year, $status, $source, $metadata, $units, $length, $at)
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
        p.AddWithValue("$status", EffectStatusNames.Code(document.Status));
        p.AddWithValue("$source", (object?)document.Source ?? DBNull.Value);
        p.AddWithValue("$metadata", JsonSerializer.Serialize(new SortedDictionary<string, string>(document.Metadata.ToDictionary(), StringComparer.Ordinal)));
        p.AddWithValue("$units", segments.Count);
        p.AddWithValue("$length", text.Length);
        p.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        var docId = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);

        using var unit = Command("""
            INSERT INTO units(id, doc_id, ord, kind, path, label, heading, body_start, start, text, length, fts_rowid)
            VALUES ($id, $doc, $ord, $kind, $path, $label, $heading, $bodyStart, $start, $text, $length, $rowid)
            """);
        using var fts = Command("INSERT INTO unit_fts(rowid, num, title, heading, body, refs) VALUES ($rowid, $num, $title, $heading, $body, $refs)");
        for (var ord = 0; ord < segments.Count; ord++)
        {
            var segment = segments[ord];
            var unitText = text[segment.Start..segment.End];
            var heading = HeadingLine(text, segment);
            var bodyStart = segment.BodyStart - segment.Start;
            var columns = analyzer.Analyze(document.Title, numberKeys, heading, unitText.AsSpan(bodyStart));
            var unitId = UnitIds.Of(docId, ord);
            var rowId = LengthNorm.RowId(unitId, columns.Length);

            unit.Parameters.Clear();
            unit.Parameters.AddWithValue("$id", unitId);
            unit.Parameters.AddWithValue("$doc", docId);
            unit.Parameters.AddWithValue("$ord", ord);
            unit.Parameters.AddWithValue("$kind", segment.Kind.ToString());
            unit.Parameters.AddWithValue("$path", segment.Path.ToString());
            unit.Parameters.AddWithValue("$label", (object?)segment.Label ?? DBNull.Value);
            unit.Parameters.AddWithValue("$heading", heading);
            unit.Parameters.AddWithValue("$bodyStart", bodyStart);
            unit.Parameters.AddWithValue("$start", segment.Start);
            unit.Parameters.AddWithValue("$text", unitText);
            unit.Parameters.AddWithValue("$length", columns.Length);
            unit.Parameters.AddWithValue("$rowid", rowId);
            unit.ExecuteNonQuery();

            fts.Parameters.Clear();
            fts.Parameters.AddWithValue("$rowid", rowId);
            fts.Parameters.AddWithValue("$num", columns.Number);
            fts.Parameters.AddWithValue("$title", columns.Title);
            fts.Parameters.AddWithValue("$heading", columns.Heading);
            fts.Parameters.AddWithValue("$body", columns.Body);
            fts.Parameters.AddWithValue("$refs", columns.Refs);
            fts.ExecuteNonQuery();

            delta.AddUnit(columns.Terms, columns.Length, +1);
        }
    }

    private void RemoveDocument(long docId)
    {
        string? title;
        string[] numberKeys;
        using (var doc = Command("SELECT title, number_keys FROM documents WHERE id = $id"))
        {
            doc.Parameters.AddWithValue("$id", docId);
            using var reader = doc.ExecuteReader();
            reader.Read();
            title = reader.IsDBNull(0) ? null : reader.GetString(0);
            numberKeys = reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        var rowIds = new List<long>();
        using (var units = Command("SELECT fts_rowid, heading, text, body_start FROM units WHERE doc_id = $id ORDER BY ord"))
        {
            units.Parameters.AddWithValue("$id", docId);
            using var reader = units.ExecuteReader();
            while (reader.Read())
            {
                rowIds.Add(reader.GetInt64(0));
                var columns = analyzer.Analyze(title, numberKeys, reader.GetString(1), reader.GetString(2).AsSpan(reader.GetInt32(3)));
                delta.AddUnit(columns.Terms, columns.Length, -1);
            }
        }

        using (var fts = Command("DELETE FROM unit_fts WHERE rowid = $rowid"))
        {
            var rowId = fts.Parameters.Add("$rowid", SqliteType.Integer);
            foreach (var id in rowIds)
            {
                rowId.Value = id;
                fts.ExecuteNonQuery();
            }
        }

        using var delete = Command("DELETE FROM units WHERE doc_id = $id; DELETE FROM documents WHERE id = $id;");
        delete.Parameters.AddWithValue("$id", docId);
        delete.ExecuteNonQuery();
    }

    private static IReadOnlyList<Segment> CapUnits(IReadOnlyList<Segment> segments)
    {
        if (segments.Count <= UnitIds.MaxUnitsPerDocument)
        {
            return segments;
        }

        var capped = segments.Take(UnitIds.MaxUnitsPerDocument).ToList();
        capped[^1] = capped[^1] with { End = segments[^1].End };
        return capped;
    }

    /// <summary>The unit's heading line as indexed: its label and heading ("Điều 5 Phạm vi điều chỉnh").</summary>
    private static string HeadingLine(string text, Segment segment)
    {
        var heading = segment.HeadingEnd > segment.HeadingStart ? text[segment.HeadingStart..segment.HeadingEnd].Trim() : string.Empty;
        return segment.Label is null ? heading : heading.Length == 0 ? segment.Label : $"{segment.Label}. {heading}";
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static string ContentHash(LegalDocument d)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? value)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(value ?? "\u0000"));
            hash.AppendData("\u001f"u8);
        }

        Add("lawmonitor-document-v1");
        Add(d.Id.Value);
        Add(d.Number?.Display);
        Add(d.Type);
        Add(d.Title);
        Add(d.Issuer);
        Add(d.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(d.Status.ToString());
        Add(d.Source);
        foreach (var (k, v) in d.Metadata.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Add(k);
            Add(v);
        }

        Add(d.Text);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
