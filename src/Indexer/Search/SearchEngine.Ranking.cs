using System.Globalization;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Storage.Sqlite;
using LawMonitor.Indexer.Storage.Statistics;
using Microsoft.Data.Sqlite;
using LawMonitor.Indexer.Storage.Text;

namespace LawMonitor.Indexer.Search;

public sealed partial class SearchEngine
{
    /// <summary>The best <paramref name="limit"/> units for a compiled query, by <c>lm_rank</c>.</summary>
    private static List<Candidate> Rank(SqliteConnection connection, SqliteTransaction transaction, CompiledQuery query, QueryFilters filters, int limit, MatchCollector matches)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var join = FilterSql.NeedsDocuments(filters) ? $"JOIN documents d ON d.id = {LengthNorm.DocumentIdSql}" : string.Empty;
        var conditions = FilterSql.Conditions(filters, command);
        command.CommandText = $"""
            SELECT unit_fts.rowid, {RankFunction.Name}(unit_fts, $plan, $target) AS score
            FROM unit_fts {join}
            WHERE unit_fts MATCH $match{conditions}
            ORDER BY score DESC, unit_fts.rowid
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$plan", query.Plan);
        command.Parameters.AddWithValue("$match", query.Expression);
        command.Parameters.AddWithValue("$limit", limit);
        using var target = new CallbackTarget(matches);
        command.Parameters.AddWithValue("$target", target.Address);
        var candidates = new List<Candidate>(limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            candidates.Add(new Candidate(reader.GetInt64(0), reader.GetDouble(1)));
        }

        return candidates;
    }

    /// <summary>
    /// When the query was typed with diacritics, candidates that contain its words exactly as typed gain the
    /// BM25 weight of those exact matches, so "hòa giải" ranks "hòa giải" above "hoa giai".
    /// </summary>
    private List<Candidate> Rerank(SqliteConnection connection, SqliteTransaction transaction, TermStatsSnapshot stats, ParsedQuery parsed, Highlighter highlighter, List<Candidate> candidates, int pinned)
    {
        if (!parsed.HasDiacritics || candidates.Count <= pinned)
        {
            return candidates;
        }

        if (pinned > 0)
        {
            // Provisions the query named stay first; the rest is reranked below them.
            var rest = Rerank(connection, transaction, stats, parsed, highlighter, candidates[pinned..], 0);
            return [.. candidates[..pinned], .. rest];
        }

        var exact = parsed.PositiveItems.OfType<WordItem>()
            .Concat(parsed.PositiveItems.OfType<PhraseItem>().SelectMany(p => p.Words))
            .GroupBy(w => w.Exact, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Idf: stats.Idf(TermHash.Of(g.First().Folded))))
            .ToList();
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, _) in exact)
        {
            slots[word] = slots.Count;
        }

        var counter = new ExactWordCounter(slots.GetAlternateLookup<ReadOnlySpan<char>>(), new double[exact.Count]);
        var titles = new Dictionary<long, double[]>(); // units of one document share its title: read it once
        var window = candidates.Take(RerankWindow).ToList();
        var texts = LoadTexts(connection, transaction, window.Select(c => c.UnitId));
        var reranked = new List<Candidate>(candidates.Count);
        foreach (var candidate in window)
        {
            var bonus = 0.0;
            if (texts.TryGetValue(candidate.UnitId, out var unit))
            {
                var tf = counter.Frequencies;
                if (!titles.TryGetValue(candidate.DocumentId, out var title))
                {
                    Array.Clear(tf);
                    Count(unit.Title, Parameters.WeightTitle);
                    titles[candidate.DocumentId] = title = (double[])tf.Clone();
                }

                title.CopyTo(tf, 0);
                Count(unit.Heading, Parameters.WeightHeading);
                Count(unit.Body, Parameters.WeightBody);
                var length = LengthNorm.Decode(LengthNorm.Code(candidate.RowId));
                var norm = Parameters.K1 * (1 - Parameters.B + (Parameters.B * length / stats.AverageLength));
                for (var i = 0; i < exact.Count; i++)
                {
                    if (tf[i] > 0)
                    {
                        bonus += exact[i].Idf * tf[i] * (Parameters.K1 + 1) / (tf[i] + norm);
                    }
                }
            }

            reranked.Add(candidate with { Score = candidate.Score + bonus });
        }

        void Count(string? text, double weight)
        {
            if (!string.IsNullOrEmpty(text))
            {
                counter.Weight = weight;
                VietnameseAnalyzer.Analyze(text, ref counter, recognizeKeys: false);
            }
        }

        reranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.RowId.CompareTo(b.RowId));
        reranked.AddRange(candidates.Skip(RerankWindow));
        return reranked;
    }

    /// <summary>
    /// Within the rerank window and below the provisions the query named, units an officer does not take for the
    /// answer when another says nearly the same: a provision of a document that has ended as a whole weighs
    /// <see cref="RankParameters.EndedWeight"/> of its score (the effect <see cref="Legal.Effect.EffectRule"/> decided
    /// and the documents table holds, as the effect filter reads it), and a unit that only frames the provisions
    /// (<see cref="FramingKinds"/>) <see cref="RankParameters.FramingWeight"/>.
    /// </summary>
    private List<Candidate> Weigh(SqliteConnection connection, SqliteTransaction transaction, List<Candidate> candidates, int pinned, DocumentCatalog.Snapshot catalog)
    {
        var end = Math.Min(candidates.Count, pinned + RerankWindow);
        if (end <= pinned)
        {
            return candidates;
        }

        var ended = Array.IndexOf(catalog.Statuses, Legal.EffectStatusNames.Code(Model.EffectStatus.Expired));
        var framing = FramingUnits(connection, transaction, candidates.Skip(pinned).Take(end - pinned).Select(c => c.UnitId));
        var window = new List<Candidate>(end - pinned);
        var moved = false;
        for (var i = pinned; i < end; i++)
        {
            var candidate = candidates[i];
            var weight = 1.0;
            var at = ended < 0 ? -1 : catalog.Find(candidate.DocumentId, 0, out _);
            if (at >= 0 && catalog.Status[at] == ended)
            {
                weight *= Parameters.EndedWeight;
            }

            if (framing.Contains(candidate.UnitId))
            {
                weight *= Parameters.FramingWeight;
            }

            moved |= weight != 1.0;
            window.Add(candidate with { Score = candidate.Score * weight });
        }

        if (!moved)
        {
            return candidates;
        }

        window.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.RowId.CompareTo(b.RowId));
        return [.. candidates[..pinned], .. window, .. candidates[end..]];
    }

    /// <summary>
    /// Units that frame the provisions and say nothing of their own: a chapter's (part's, section's) heading, whose
    /// articles are units of their own; the title of a quy chế a decision issues; a document's closing, its "Nơi nhận"
    /// list and signature. Short, and carrying the document's title like every unit, they outranked the articles that
    /// answer ("quy chế phối hợp theo dõi thi hành pháp luật" gave "Nơi nhận: … Cục … theo dõi thi hành pháp luật" and
    /// "Chương I QUY ĐỊNH CHUNG" before "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp …").
    /// </summary>
    private static readonly string[] FramingKinds = [nameof(Legal.UnitKind.Container), nameof(Legal.UnitKind.Attached), nameof(Legal.UnitKind.Closing)];

    /// <summary>Which of <paramref name="unitIds"/> are of <see cref="FramingKinds"/>.</summary>
    private static HashSet<UnitId> FramingUnits(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<UnitId> unitIds)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT u.id FROM units u WHERE u.id IN (SELECT value FROM json_each($ids)) AND u.kind IN (SELECT value FROM json_each($kinds))";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', unitIds) + "]");
        command.Parameters.AddWithValue("$kinds", System.Text.Json.JsonSerializer.Serialize(FramingKinds));
        var framing = new HashSet<UnitId>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            framing.Add(new UnitId(reader.GetInt64(0)));
        }

        return framing;
    }

    /// <summary>For a document-number query: each document once, by its first matching unit (the preamble of the document itself).</summary>
    private static List<Candidate> OnePerDocument(List<Candidate> candidates) =>
        candidates
            .GroupBy(c => c.DocumentId)
            .Select(g => (Best: g.Max(c => c.Score), First: g.MinBy(c => c.RowId)))
            .OrderByDescending(x => x.Best)
            .ThenBy(x => x.First.RowId)
            .Select(x => x.First with { Score = x.Best })
            .ToList();

    private readonly record struct UnitText(string? Title, string Heading, string Body);

    private static Dictionary<UnitId, UnitText> LoadTexts(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<UnitId> unitIds)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT u.id, d.title, u.heading, u.text, u.body_start
            FROM units u JOIN documents d ON d.id = u.doc_id
            WHERE u.id IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', unitIds) + "]");
        var texts = new Dictionary<UnitId, UnitText>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var text = StoredText.Read(connection, reader, 3);
            var bodyStart = Math.Clamp(reader.GetInt32(4), 0, text.Length);
            texts[new UnitId(reader.GetInt64(0))] = new UnitText(reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), text[bodyStart..]);
        }

        return texts;
    }
}
