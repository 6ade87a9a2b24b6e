using System.Globalization;
using LawMonitor.Indexer.Storage.Sqlite;
using LawMonitor.Indexer.Storage.Statistics;
using LawMonitor.Indexer.Storage.Text;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// Checks that an index is whole: SQLite's and FTS5's own integrity checks, every document with all its units
/// and every unit in the FTS table, and stored term statistics equal to a recount from the stored text.
/// </summary>
public static class IndexVerifier
{
    /// <summary>Runs every check; problems are listed, not thrown.</summary>
    public static IndexHealth Verify(LegalIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var problems = new List<string>();
        using var connection = index.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: true);

        var quick = Scalar(connection, transaction, "PRAGMA quick_check");
        if (!string.Equals(quick, "ok", StringComparison.Ordinal))
        {
            problems.Add("SQLite quick_check: " + quick);
        }

        try
        {
            Execute(connection, transaction, "INSERT INTO unit_fts(unit_fts) VALUES('integrity-check')");
        }
        catch (SqliteException e)
        {
            problems.Add("FTS5 integrity-check: " + e.Message);
        }

        var documents = long.Parse(Scalar(connection, transaction, "SELECT count(*) FROM documents"), CultureInfo.InvariantCulture);
        var units = long.Parse(Scalar(connection, transaction, "SELECT count(*) FROM units"), CultureInfo.InvariantCulture);
        var incomplete = Scalar(connection, transaction, """
            SELECT count(*) FROM documents d
            WHERE d.unit_count != (SELECT count(*) FROM units u WHERE u.doc_id = d.id)
            """);
        var lengths = TextLengthMismatches(connection, transaction);
        if (incomplete != "0" || lengths > 0)
        {
            problems.Add($"{Math.Max(long.Parse(incomplete, CultureInfo.InvariantCulture), lengths)} documents do not have exactly their units");
        }

        var orphans = Scalar(connection, transaction, "SELECT count(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = u.doc_id)");
        if (orphans != "0")
        {
            problems.Add($"{orphans} units belong to no document");
        }

        var citationOrphans = Scalar(connection, transaction, "SELECT count(*) FROM citations c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_key = c.doc_key)");
        if (citationOrphans != "0")
        {
            problems.Add($"{citationOrphans} citations belong to no indexed document");
        }

        var versionsWithoutFile = Scalar(connection, transaction, "SELECT count(*) FROM document_versions v WHERE NOT EXISTS (SELECT 1 FROM raw_files r WHERE r.sha256 = v.file_sha256)");
        if (versionsWithoutFile != "0")
        {
            problems.Add($"{versionsWithoutFile} versions name an original file that is not recorded");
        }

        var unreadable = UnreadableVersionTexts(connection, transaction);
        if (unreadable.Count > 0)
        {
            problems.Add($"{unreadable.Count} version texts cannot be read (first: {unreadable[0]})");
        }

        var ftsRows = long.Parse(Scalar(connection, transaction, "SELECT count(*) FROM unit_fts_docsize"), CultureInfo.InvariantCulture);
        var unindexed = Scalar(connection, transaction, "SELECT count(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM unit_fts_docsize f WHERE f.id = u.fts_rowid)");
        if (ftsRows != units || unindexed != "0")
        {
            problems.Add($"FTS rows ({ftsRows}) do not match units ({units}); {unindexed} units unindexed");
        }

        var stored = TermStatsRun.Merge(TermStatsStore.LoadRuns(connection, transaction).Select(r => r.Run).ToList());
        var recounted = Recount(connection, transaction);
        if (stored.Units != recounted.Units || stored.Tokens != recounted.Tokens
            || !stored.Terms.AsSpan().SequenceEqual(recounted.Terms) || !stored.Counts.AsSpan().SequenceEqual(recounted.Counts))
        {
            problems.Add($"term statistics differ from a recount (stored {stored.Units} units/{stored.Terms.Length} terms, recounted {recounted.Units}/{recounted.Terms.Length})");
        }

        return new IndexHealth(problems.Count == 0, problems, documents, units);
    }

    /// <summary>The versions ("doc-key v2: why") whose stored text does not decompress.</summary>
    private static List<string> UnreadableVersionTexts(SqliteConnection connection, SqliteTransaction transaction)
    {
        var unreadable = new List<string>();
        using var command = Sql.Command(connection, transaction, "SELECT doc_key, version, text FROM document_versions ORDER BY doc_key, version");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            try
            {
                StoredText.Read(connection, reader, 2);
            }
            catch (IndexFormatException e)
            {
                unreadable.Add($"{reader.GetString(0)} v{reader.GetInt32(1).ToString(CultureInfo.InvariantCulture)}: {e.Message}");
            }
        }

        return unreadable;
    }

    /// <summary>Documents whose units' text (decompressed) does not add up to the document's length.</summary>
    private static long TextLengthMismatches(SqliteConnection connection, SqliteTransaction transaction)
    {
        var expected = new Dictionary<long, long>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT id, text_length FROM documents";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                expected[reader.GetInt64(0)] = reader.GetInt64(1);
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT doc_id, text FROM units";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var doc = reader.GetInt64(0);
                if (expected.TryGetValue(doc, out var left))
                {
                    expected[doc] = left - StoredText.Read(connection, reader, 1).Length;
                }
            }
        }

        return expected.Values.Count(v => v != 0);
    }

    /// <summary>Term statistics recomputed from the stored text of every unit.</summary>
    internal static TermStatsRun Recount(SqliteConnection connection, SqliteTransaction transaction)
    {
        var analyzer = new UnitAnalyzer();
        var delta = new TermStatsDelta();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT d.title, d.number_keys, u.heading, u.text, u.body_start
            FROM units u JOIN documents d ON d.id = u.doc_id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var title = reader.IsDBNull(0) ? null : reader.GetString(0);
            var keys = reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var columns = analyzer.Analyze(title, keys, reader.GetString(2), StoredText.Read(connection, reader, 3).AsSpan(reader.GetInt32(4)));
            delta.AddUnit(columns.Terms, columns.Length, +1);
        }

        var (terms, counts) = delta.ToSorted();
        return new TermStatsRun(terms, counts, delta.Units, delta.Tokens);
    }

    private static string Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
