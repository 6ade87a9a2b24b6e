using System.Globalization;

namespace LawMonitor.Indexer.Evaluation;

/// <summary>Relevance judgements in TREC form: <c>qid 0 docid relevance</c> per line.</summary>
public sealed class Qrels
{
    private readonly Dictionary<string, Dictionary<string, int>> judgements = new(StringComparer.Ordinal);

    /// <summary>Query ids with at least one relevant document.</summary>
    public IEnumerable<string> Queries => judgements.Where(kv => kv.Value.Values.Any(v => v > 0)).Select(kv => kv.Key);

    /// <summary>Reads a qrels file; a malformed line is an error naming the line.</summary>
    public static Qrels Load(string path)
    {
        var qrels = new Qrels();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4 || !int.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var relevance))
            {
                throw new FormatException($"{path}:{n}: expected 'qid 0 docid relevance'");
            }

            if (!qrels.judgements.TryGetValue(parts[0], out var docs))
            {
                qrels.judgements[parts[0]] = docs = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            docs[parts[2]] = relevance;
        }

        return qrels;
    }

    /// <summary>The relevance of <paramref name="doc"/> for <paramref name="query"/> (0 when unjudged).</summary>
    public int Relevance(string query, string doc) =>
        judgements.TryGetValue(query, out var docs) ? docs.GetValueOrDefault(doc) : 0;

    /// <summary>Relevance grades of the relevant documents of <paramref name="query"/>, best first.</summary>
    public IReadOnlyList<int> IdealGrades(string query) =>
        judgements.TryGetValue(query, out var docs) ? docs.Values.Where(v => v > 0).OrderDescending().ToList() : [];
}
