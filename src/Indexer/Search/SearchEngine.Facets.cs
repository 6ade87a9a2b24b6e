using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Storage.Ranking;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Search;

public sealed partial class SearchEngine
{
    private const int MaxFacetValues = 20;

    /// <summary>Counts matching documents by type, issuer, year and status, with the totals, in one pass over the matches.</summary>
    private static (SearchFacets Facets, long Units, long Documents) Facets(SqliteConnection connection, SqliteTransaction transaction, string expression, QueryFilters filters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var join = FilterSql.NeedsDocuments(filters) ? $"JOIN documents d ON d.id = {LengthNorm.DocumentIdSql}" : string.Empty;
        var conditions = FilterSql.Conditions(filters, command);
        command.CommandText = $"""
            WITH m AS MATERIALIZED (
                SELECT {LengthNorm.DocumentIdSql} AS doc, count(*) AS n
                FROM unit_fts {join}
                WHERE unit_fts MATCH $match{conditions}
                GROUP BY 1
            )
            {FacetSelects("m.doc", "m.n", "m")}
            """;
        command.Parameters.AddWithValue("$match", expression);
        return ReadFacets(command);
    }

    /// <summary>The facet queries over a set <paramref name="from"/> of documents (<paramref name="docColumn"/>) with unit counts.</summary>
    private static string FacetSelects(string docColumn, string unitCount, string from) => $"""
        SELECT 'total', NULL, coalesce(sum({unitCount}), 0), count(*) FROM {from}
        UNION ALL SELECT * FROM (SELECT 'type', d.type, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.type IS NOT NULL GROUP BY d.type ORDER BY c DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'issuer', d.issuer, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.issuer IS NOT NULL GROUP BY d.issuer ORDER BY c DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'year', d.year, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.year IS NOT NULL GROUP BY d.year ORDER BY d.year DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'status', d.status, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} GROUP BY d.status ORDER BY c DESC)
        """;

    private static (SearchFacets Facets, long Units, long Documents) ReadFacets(SqliteCommand command)
    {
        var types = new List<FacetValue>();
        var issuers = new List<FacetValue>();
        var years = new List<FacetValue>();
        var statuses = new List<FacetValue>();
        long units = 0, documents = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var facet = reader.GetString(0);
            var value = reader.IsDBNull(1) ? string.Empty : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture) ?? string.Empty;
            var count = reader.GetInt64(3);
            switch (facet)
            {
                case "total":
                    units = reader.GetInt64(2);
                    documents = count;
                    break;
                case "type":
                    types.Add(new FacetValue(DocumentTypes.Key(value), value, count));
                    break;
                case "issuer":
                    issuers.Add(new FacetValue(Analysis.VietnameseAnalyzer.FoldWords(value), value, count));
                    break;
                case "year":
                    years.Add(new FacetValue(value, value, count));
                    break;
                case "status":
                    var status = EffectStatusNames.TryParse(value, out var s) ? s : EffectStatus.Unknown;
                    statuses.Add(new FacetValue(value, EffectStatusNames.Name(status), count));
                    break;
            }
        }

        return (new SearchFacets(types, issuers, years, statuses), units, documents);
    }
}
