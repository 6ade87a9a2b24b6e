using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Storage;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Search;

public sealed partial class SearchEngine
{
    private const int MaxFacetValues = 20;

    /// <summary>Counts the matched documents (ascending ids) by type, issuer, year and status from the in-memory catalog.</summary>
    private static SearchFacets FacetsOf(IReadOnlyList<long> documents, DocumentCatalog.Snapshot catalog)
    {
        var types = new long[catalog.Types.Length];
        var issuers = new long[catalog.Issuers.Length];
        var statuses = new long[catalog.Statuses.Length];
        var years = new Dictionary<int, long>();
        // A report's or a plan's unknown effect is moot (EffectRule): it is counted under no effect, as its hit shows none.
        var moot = catalog.Types.Select(EffectRule.IsRecordType).ToArray();
        var unknown = Array.IndexOf(catalog.Statuses, EffectStatusNames.Code(EffectStatus.Unknown));
        var from = 0;
        foreach (var id in documents)
        {
            var i = catalog.Find(id, from, out from);
            if (i < 0)
            {
                continue;
            }

            if (catalog.Type[i] >= 0)
            {
                types[catalog.Type[i]]++;
            }

            if (catalog.Issuer[i] >= 0)
            {
                issuers[catalog.Issuer[i]]++;
            }

            if (catalog.Year[i] > 0)
            {
                years[catalog.Year[i]] = years.GetValueOrDefault(catalog.Year[i]) + 1;
            }

            if (catalog.Status[i] != unknown || catalog.Type[i] < 0 || !moot[catalog.Type[i]])
            {
                statuses[catalog.Status[i]]++;
            }
        }

        return new SearchFacets(
            Top(catalog.Types, types).Select(kv => new FacetValue(DocumentTypes.Key(kv.Key), kv.Key, kv.Value)).ToList(),
            Top(catalog.Issuers, issuers).Select(kv => new FacetValue(Analysis.VietnameseAnalyzer.FoldWords(kv.Key), kv.Key, kv.Value)).ToList(),
            years.OrderByDescending(kv => kv.Key).Take(MaxFacetValues).Select(kv => new FacetValue(kv.Key.ToString(CultureInfo.InvariantCulture), kv.Key.ToString(CultureInfo.InvariantCulture), kv.Value)).ToList(),
            Top(catalog.Statuses, statuses).Select(kv => new FacetValue(kv.Key, StatusName(kv.Key), kv.Value)).ToList());

        static IEnumerable<KeyValuePair<string, long>> Top(string[] values, long[] counts) =>
            values.Select((value, code) => KeyValuePair.Create(value, counts[code])).Where(kv => kv.Value > 0)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxFacetValues);
    }

    private static string StatusName(string code) =>
        EffectStatusNames.Name(EffectStatusNames.TryParse(code, out var status) ? status : EffectStatus.Unknown);

    /// <summary>The facet queries over a set <paramref name="from"/> of documents (<paramref name="docColumn"/>) with unit counts.</summary>
    private static string FacetSelects(string docColumn, string unitCount, string from) => $"""
        SELECT 'total', NULL, coalesce(sum({unitCount}), 0), count(*) FROM {from}
        UNION ALL SELECT * FROM (SELECT 'type', d.type, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.type IS NOT NULL GROUP BY d.type ORDER BY c DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'issuer', d.issuer, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.issuer IS NOT NULL GROUP BY d.issuer ORDER BY c DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'year', d.year, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE d.year IS NOT NULL GROUP BY d.year ORDER BY d.year DESC LIMIT {MaxFacetValues})
        UNION ALL SELECT * FROM (SELECT 'status', d.effect, sum({unitCount}), count(*) AS c FROM {from} JOIN documents d ON d.id = {docColumn} WHERE NOT (d.effect = '{EffectStatusNames.Code(EffectStatus.Unknown)}' AND {EffectRule.RecordTypeSql("d")}) GROUP BY d.effect ORDER BY c DESC)
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
