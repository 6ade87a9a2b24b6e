using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Storage;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Search;

public sealed partial class SearchEngine
{
    private const int MaxFacetValues = 20;

    /// <summary>Counts the matched documents by type, issuer, year and status from the in-memory catalog.</summary>
    private static SearchFacets FacetsOf(IReadOnlyDictionary<long, int> documents, IReadOnlyDictionary<long, DocumentCatalog.Entry> catalog)
    {
        var types = new Dictionary<string, long>(StringComparer.Ordinal);
        var issuers = new Dictionary<string, long>(StringComparer.Ordinal);
        var years = new Dictionary<int, long>();
        var statuses = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var id in documents.Keys)
        {
            if (!catalog.TryGetValue(id, out var entry))
            {
                continue;
            }

            if (entry.Type is { } type)
            {
                types[type] = types.GetValueOrDefault(type) + 1;
            }

            if (entry.Issuer is { } issuer)
            {
                issuers[issuer] = issuers.GetValueOrDefault(issuer) + 1;
            }

            if (entry.Year is { } year)
            {
                years[year] = years.GetValueOrDefault(year) + 1;
            }

            statuses[entry.Status] = statuses.GetValueOrDefault(entry.Status) + 1;
        }

        return new SearchFacets(
            Top(types).Select(kv => new FacetValue(DocumentTypes.Key(kv.Key), kv.Key, kv.Value)).ToList(),
            Top(issuers).Select(kv => new FacetValue(Analysis.VietnameseAnalyzer.FoldWords(kv.Key), kv.Key, kv.Value)).ToList(),
            years.OrderByDescending(kv => kv.Key).Take(MaxFacetValues).Select(kv => new FacetValue(kv.Key.ToString(CultureInfo.InvariantCulture), kv.Key.ToString(CultureInfo.InvariantCulture), kv.Value)).ToList(),
            Top(statuses).Select(kv => new FacetValue(kv.Key, StatusName(kv.Key), kv.Value)).ToList());

        static IEnumerable<KeyValuePair<string, long>> Top(Dictionary<string, long> counts) =>
            counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxFacetValues);
    }

    private static string StatusName(string code) =>
        EffectStatusNames.Name(EffectStatusNames.TryParse(code, out var status) ? status : EffectStatus.Unknown);

    /// <summary>The facet queries over a set <paramref name="from"/> of documents (<paramref name="docColumn"/>) with unit counts.</summary>
    private static string FacetSelects(string docColumn, string unitCount, string from) => $"""
        SELECT 'total', NULL, coalesce(sum({unitCount}), 0), count(*) FROM {from}
        UNION ALL SELECT * FROM (SELECT 'type', d.type, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.type IS NOT NULL GROUP BY d.type ORDER BY c DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'issuer', d.issuer, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.issuer IS NOT NULL GROUP BY d.issuer ORDER BY c DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'year', d.year, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.year IS NOT NULL GROUP BY d.year ORDER BY d.year DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'status', d.effect, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} GROUP BY d.effect ORDER BY c DESC)
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
                    statuses.Add(new FacetValue(value, StatusName(value), count));
                    break;
            }
        }

        return (new SearchFacets(types, issuers, years, statuses), units, documents);
    }
}
