using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Storage.Statistics;
using Microsoft.Data.Sqlite;
using LawMonitor.Indexer.Storage.Text;

namespace LawMonitor.Indexer.Search;

public sealed partial class SearchEngine
{
    /// <summary>
    /// Loads the units of a page with their documents, and builds their snippets. A unit pinned for a clause or
    /// point the query named (<paramref name="within"/>) is shown at that clause ("khoản 1 Điều 7 Quy chế"), not
    /// at the one its other words happen to match.
    /// </summary>
    private static List<SearchHit> LoadHits(SqliteConnection connection, SqliteTransaction transaction, List<Candidate> page, Highlighter highlighter, bool snippets,
        IReadOnlyDictionary<Storage.UnitId, ProvisionPath>? within = null)
    {
        if (page.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT u.id, u.kind, u.path, u.heading, u.text, u.start,
                   d.doc_key, d.number, d.title, d.type, d.issuer, d.issue_date, d.effect, d.structure
            FROM units u JOIN documents d ON d.id = u.doc_id
            WHERE u.id IN (SELECT value FROM json_each($ids))
            """;
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', page.Select(c => c.UnitId)) + "]");
        var rows = new Dictionary<Storage.UnitId, SearchHit>();
        var structures = new Dictionary<string, DocumentStructure?>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var text = StoredText.Read(connection, reader, 4);
                var path = ProvisionPath.Parse(reader.GetString(2));
                var key = reader.GetString(6);
                if (!structures.TryGetValue(key, out var structure))
                {
                    structures[key] = structure = reader.IsDBNull(13) ? null : Storage.Rows.StructureCodec.Decode((byte[])reader.GetValue(13));
                }

                var unitStart = reader.GetInt32(5);
                var named = Named(structure, path, within, new Storage.UnitId(reader.GetInt64(0)));
                // A named clause is quoted from its own words, whatever the query's other words match elsewhere.
                var snippet = !snippets ? new SnippetBuilder.Snippet(string.Empty, [])
                    : named is { } node && node.Start >= unitStart && node.End <= unitStart + text.Length && node.End > node.Start
                        ? SnippetBuilder.Build(text[(node.Start - unitStart)..(node.End - unitStart)], highlighter)
                        : SnippetBuilder.Build(text, highlighter);
                rows[new Storage.UnitId(reader.GetInt64(0))] = new SearchHit(
                    DocumentId: DocumentId.Create(key),
                    Number: NullableString(reader, 7),
                    Title: NullableString(reader, 8),
                    Type: NullableString(reader, 9),
                    Issuer: NullableString(reader, 10),
                    IssueDate: reader.IsDBNull(11) ? null : DateOnly.ParseExact(reader.GetString(11), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Status: EffectStatusNames.TryParse(reader.GetString(12), out var status) ? status : EffectStatus.Unknown,
                    Kind: Enum.Parse<UnitKind>(reader.GetString(1)),
                    Path: path,
                    MatchPath: named?.Path ?? (structure is null ? path : MatchPath(structure, unitStart, text.Length, snippet.Matches, path)),
                    Heading: reader.GetString(3),
                    Snippet: snippet.Html,
                    Score: 0,
                    Start: unitStart,
                    Length: text.Length);
            }
        }

        return page.Where(c => rows.ContainsKey(c.UnitId)).Select(c => rows[c.UnitId] with { Score = Math.Round(c.Score, 4) }).ToList();
    }

    /// <summary>The clause or point named in the query, in this pinned unit's own article, when its tree holds it.</summary>
    private static StructureNode? Named(DocumentStructure? structure, ProvisionPath unitPath, IReadOnlyDictionary<Storage.UnitId, ProvisionPath>? within, Storage.UnitId unit)
    {
        if (structure is null || within is null || !within.TryGetValue(unit, out var named) || named.Clause is not { } clause || unitPath.Article is null)
        {
            return null;
        }

        // The point when the tree has it, else its clause ("điểm a khoản 1" of a clause without points).
        var atClause = unitPath.WithClause(clause);
        var atPoint = named.Point is { } point ? atClause.WithPoint(point) : (ProvisionPath?)null;
        return (atPoint is { } p ? structure.AllNodes.FirstOrDefault(n => n.Path == p) : null)
            ?? structure.AllNodes.FirstOrDefault(n => n.Path == atClause);
    }

    /// <summary>
    /// The provision of the unit that holds the most distinct query terms, the deepest one on a tie:
    /// "Điều 5.2.a". The unit's own path when no clause or point stands out. The clauses and points are the
    /// document's stored provision tree (parsed once at ingest), within the unit's span of the text.
    /// </summary>
    private static ProvisionPath MatchPath(DocumentStructure structure, int unitStart, int unitLength, IReadOnlyList<(int Start, string Term)> matches, ProvisionPath unitPath)
    {
        if (matches.Count == 0)
        {
            return unitPath;
        }

        StructureNode? best = null;
        var bestCount = 0;
        var unitEnd = unitStart + unitLength;
        foreach (var node in structure.AllNodes)
        {
            if (node.Level is not (ProvisionLevel.Clause or ProvisionLevel.Point) || node.End <= unitStart || node.Start >= unitEnd)
            {
                continue;
            }

            var count = matches.Where(m => m.Start + unitStart >= node.Start && m.Start + unitStart < node.End).Select(m => m.Term).Distinct(StringComparer.Ordinal).Count();
            if (count > bestCount || (count == bestCount && count > 0 && best is not null && node.Level > best.Level && node.Start >= best.Start && node.End <= best.End))
            {
                (best, bestCount) = (node, count);
            }
        }

        if (best is null)
        {
            return unitPath;
        }

        // A unit that is one article saved alone numbers clauses without the article: keep the unit's article.
        if (best.Path.Article is null && best.Path.Container is null && best.Path.Clause is { } clause && unitPath.Article is not null)
        {
            var path = unitPath.ArticleOnly.WithClause(clause);
            return best.Path.Point is { } point ? path.WithPoint(point) : path;
        }

        return best.Path;
    }

    /// <summary>Documents matching only filters: newest first, each as its first unit.</summary>
    private static SearchResult SearchFilters(
        SqliteConnection connection, SqliteTransaction transaction, TermStatsSnapshot stats, SearchRequest request,
        ParsedQuery parsed, QueryFilters filters, List<string> notices)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var conditions = FilterSql.Conditions(filters, command);
        var exclusion = string.Empty;
        if (parsed.Excluded.Count > 0)
        {
            exclusion = " AND d.id NOT IN (SELECT unit_fts.rowid >> 22 FROM unit_fts WHERE unit_fts MATCH $excluded)";
            command.Parameters.AddWithValue("$excluded", MatchCompiler.AnyOf(parsed.Excluded, stats));
        }

        var where = $"WHERE 1 = 1{conditions}{exclusion}";
        command.CommandText = $"""
            WITH f AS MATERIALIZED (SELECT d.id AS doc, d.unit_count AS n FROM documents d {where})
            {FacetSelects("f.doc", "f.n", "f")}
            """;
        var (facets, units, documents) = request.IncludeFacets ? ReadFacets(command) : (SearchFacets.Empty, 0L, 0L);

        using var page = connection.CreateCommand();
        page.Transaction = transaction;
        var pageConditions = FilterSql.Conditions(filters, page);
        if (parsed.Excluded.Count > 0)
        {
            page.Parameters.AddWithValue("$excluded", MatchCompiler.AnyOf(parsed.Excluded, stats));
        }

        page.CommandText = $"""
            SELECT d.id FROM documents d WHERE 1 = 1{pageConditions}{exclusion}
            ORDER BY d.issue_date IS NULL, d.issue_date DESC, d.id
            LIMIT $limit OFFSET $offset
            """;
        page.Parameters.AddWithValue("$limit", request.PageSize);
        page.Parameters.AddWithValue("$offset", (request.Page - 1) * request.PageSize);
        var candidates = new List<Candidate>();
        using (var reader = page.ExecuteReader())
        {
            while (reader.Read())
            {
                candidates.Add(new Candidate(Storage.Ranking.LengthNorm.RowId(Storage.UnitId.Of(reader.GetInt64(0), 0), 0), 0));
            }
        }

        var hits = LoadHits(connection, transaction, candidates, new Highlighter(parsed), request.IncludeSnippets);
        if (!request.IncludeFacets)
        {
            documents = units = hits.Count;
        }

        return new SearchResult(request.Query, parsed, request.Page, request.PageSize, documents, documents, false, hits, facets, notices);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
