using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Search.References;
using LawMonitor.Indexer.Storage.Ranking;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Search;

public sealed partial class SearchEngine
{
    /// <summary>
    /// How much a provision of a document the query names gains over the same score elsewhere. A question that
    /// names a law ("Theo Luật Du lịch, …") is about it; one that names a law in passing ("… theo quy định của
    /// Luật Xử lý vi phạm hành chính") may still be answered by another, so this is a boost, not a filter.
    /// On the ALQAC dev set 1.0–2.0 give the same nDCG@10 (0.9166) and 3.0 loses (0.9116).
    /// </summary>
    internal double NamedDocumentBoost { get; init; } = 1.5;

    /// <summary>
    /// Puts a provision the query names ("Điều 143 Luật Tố tụng hành chính") first, then ranks the named
    /// documents' own provisions (by the whole query) above the same scores elsewhere. Says what was recognised.
    /// </summary>
    private (List<Candidate> Candidates, IReadOnlyList<QueryReference> References, int Pinned, Dictionary<Storage.UnitId, ProvisionPath> Within) Promote(
        SqliteConnection connection, SqliteTransaction transaction, long generation, CompiledQuery query, QueryFilters filters, int window,
        IReadOnlyList<QueryReference> references, List<Candidate> candidates, List<string> notices)
    {
        var named = references.SelectMany(r => r.DocumentIds).ToHashSet();
        var scores = new Dictionary<long, double>(candidates.Count + window);
        foreach (var candidate in candidates)
        {
            scores[candidate.RowId] = candidate.Score;
        }

        if (filters.DocumentIds is null)
        {
            // The named documents' best provisions, even when others fill the window.
            foreach (var candidate in RankAny(connection, transaction, generation, query, filters with { DocumentIds = named }, window, new MatchCollector()))
            {
                scores.TryAdd(candidate.RowId, candidate.Score);
            }
        }

        var ranked = scores
            .Select(kv => new Candidate(kv.Key, named.Contains(LengthNorm.DocumentId(kv.Key)) ? kv.Value * NamedDocumentBoost : kv.Value))
            .ToList();
        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.RowId.CompareTo(b.RowId));

        // The named provisions, in the order they were typed, above everything.
        var top = ranked.Count > 0 ? ranked[0].Score : 0;
        var first = new List<Candidate>();
        var within = new Dictionary<Storage.UnitId, ProvisionPath>(); // the clause or point named inside a pinned article
        var answered = new List<QueryReference>(references.Count);
        foreach (var reference in references)
        {
            if (reference.Path is not { } path)
            {
                answered.Add(reference);
                continue;
            }

            // Placed in its document's tree: "khoản 2 Điều 2" of a decision whose own Điều 2 has no clauses is its quy chế's.
            var placed = reference.DocumentIds is [var only] && Storage.Rows.StructureCodec.Read(connection, transaction, only) is { } tree ? tree.Resolve(path) : path;
            var units = ProvisionUnits(connection, transaction, reference.DocumentIds, placed.ArticleOnly.ToString());
            foreach (var rowId in units.Where(u => first.All(f => f.RowId != u)))
            {
                first.Add(new Candidate(rowId, 0));
                if (placed.Clause is not null)
                {
                    within[LengthNorm.UnitOf(rowId)] = placed;
                }
            }

            answered.Add(reference with { Path = units.Count > 0 ? placed : path, Found = units.Count > 0 }); // said as placed: "Điều 7 Quy chế ban hành kèm theo …"
        }

        var promoted = first.Select((c, i) => c with { Score = top + 1 + (first.Count - i) }).ToList();
        promoted.AddRange(ranked.Where(c => first.All(f => f.RowId != c.RowId)));
        var recognised = string.Join("; ", answered.Where(r => r.Found).Select(r => r.Label));
        if (recognised.Length > 0)
        {
            notices.Add($"Đã nhận ra: {recognised}.");
        }

        foreach (var missing in answered.Where(r => !r.Found))
        {
            notices.Add($"Không có {missing.Label} trong chỉ mục; kết quả là các quy định gần nhất.");
        }

        return (promoted, answered, first.Count, within);
    }

    /// <summary>The FTS rows of the units at <paramref name="path"/> in the given documents (or at the same place in a text a document issued), in document order.</summary>
    private static List<long> ProvisionUnits(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<long> documents, string path)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT fts_rowid FROM units
            WHERE doc_id IN (SELECT value FROM json_each($docs)) AND (path = $path OR ($own AND path LIKE '%: ' || $path))
            ORDER BY doc_id, path <> $path, ord
            LIMIT 20
            """;
        command.Parameters.AddWithValue("$docs", "[" + string.Join(',', documents) + "]");
        command.Parameters.AddWithValue("$path", path);
        // "Điều 7 Quyết định số 08/2021/QĐ-UBND" names the decision's own Điều 7 and, when the decision issued a quy chế,
        // that quy chế's Điều 7 after it: officers often leave "Quy chế ban hành kèm theo" out.
        command.Parameters.AddWithValue("$own", !path.Contains(": ", StringComparison.Ordinal));
        var rows = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(reader.GetInt64(0));
        }

        return rows;
    }
}
