using System.Globalization;
using LawMonitor.Bench.Lucene;
using LawMonitor.Indexer.Evaluation;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Parsing.Json;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Bench;

/// <summary>
/// nDCG@10 on the development set (../shared/eval/alqac-dev, read in place), with and without diacritics, in one
/// run: LawMonitor through its normal search path, Lucene.Net with LawMonitor's analysis, and plain FTS5
/// (unicode61, bm25, any word) over the same articles.
/// </summary>
internal static class RelevanceBenchmark
{
    public static async Task RunAsync(string root, string work)
    {
        var directory = Path.Combine(root, "..", "shared", "eval", "alqac-dev");
        var corpus = Path.Combine(directory, "corpus.jsonl");
        if (!File.Exists(corpus))
        {
            Console.WriteLine($"skipped: {corpus} is absent (the development set is read in place from ../shared)");
            return;
        }

        var qrels = Qrels.Load(Path.Combine(directory, "qrels.txt"));
        var units = new List<PeerUnit>();
        foreach (var line in File.ReadLines(corpus))
        {
            if (JsonRecordReader.Read(line) is not { Succeeded: true, Value: { Id: { } id } record })
            {
                continue;
            }

            var (start, end) = DocumentSegmenter.FirstLineHeading(record.Text);
            units.Add(new PeerUnit(id, JsonRecordReader.First(record.Fields, ["title", "law"]) ?? string.Empty, record.Text[start..end], record.Text[end..]));
        }

        using var lucene = new LucenePeer(Path.Combine(work, "lucene-dev"));
        lucene.Build(units);
        var plainPath = Path.Combine(work, "plain-dev.db");
        using var plain = PlainIndex(plainPath, units);

        Console.WriteLine($"# Relevance on alqac-dev — {units.Count} articles, {qrels.Queries.Count()} judged questions, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine("| queries | LawMonitor | Lucene.Net (same analysis, BM25) | plain FTS5 (unicode61, any word) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var file in new[] { "queries.tsv", "queries-accentless.tsv" })
        {
            var path = Path.Combine(directory, file);
            var ours = (await RelevanceEvaluator.RunAsync(corpus, path, Path.Combine(directory, "qrels.txt"), Path.Combine(work, "lawmonitor-dev"))).NdcgAt10;
            var queries = RelevanceEvaluator.ReadQueries(path).Where(q => qrels.Queries.Contains(q.Id)).ToList();
            var theirs = queries.Average(q => RelevanceMetrics.Ndcg(lucene.Search(q.Text, 10), qrels, q.Id, 10));
            var baseline = queries.Average(q => RelevanceMetrics.Ndcg(PlainAny(plain, q.Text), qrels, q.Id, 10));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {file} ({queries.Count}) | {ours:F4} | {theirs:F4} | {baseline:F4} |"));
        }
    }

    private static SqliteConnection PlainIndex(string path, List<PeerUnit> units)
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
        {
            File.Delete(file);
        }

        var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "CREATE VIRTUAL TABLE plain USING fts5(id UNINDEXED, title, heading, body, tokenize='unicode61');";
            setup.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO plain(id, title, heading, body) VALUES ($i, $t, $h, $b)";
        var parameters = new[] { "$i", "$t", "$h", "$b" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var unit in units)
        {
            (parameters[0].Value, parameters[1].Value, parameters[2].Value, parameters[3].Value) = (unit.Id, unit.Title, unit.Heading, unit.Body);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return connection;
    }

    private static List<string> PlainAny(SqliteConnection connection, string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).Distinct().ToList();
        var ids = new List<string>();
        if (words.Count == 0)
        {
            return ids;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM plain WHERE plain MATCH $q ORDER BY rank LIMIT 10";
        command.Parameters.AddWithValue("$q", string.Join(" OR ", words.Select(w => "\"" + w + "\"")));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
