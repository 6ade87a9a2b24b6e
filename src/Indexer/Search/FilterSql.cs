using System.Text;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search.Query;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Search;

/// <summary>SQL conditions on <c>documents d</c> for metadata filters; values are always parameters.</summary>
internal static class FilterSql
{
    /// <summary>" AND …" conditions for <paramref name="filters"/> (empty when none), adding their parameters.</summary>
    public static string Conditions(QueryFilters filters, SqliteCommand command)
    {
        var sql = new StringBuilder();
        if (filters.TypeKey is { } type)
        {
            sql.Append(" AND d.type_key = $f_type");
            command.Parameters.AddWithValue("$f_type", type);
        }

        if (filters.IssuerKey is { } issuer)
        {
            sql.Append(" AND (' ' || d.issuer_key || ' ') LIKE $f_issuer ESCAPE '\\'");
            command.Parameters.AddWithValue("$f_issuer", "% " + EscapeLike(issuer) + " %");
        }

        if (filters.Years is { } years)
        {
            if (years.From is { } from)
            {
                sql.Append(" AND d.year >= $f_from");
                command.Parameters.AddWithValue("$f_from", from);
            }

            if (years.To is { } to)
            {
                sql.Append(" AND d.year <= $f_to");
                command.Parameters.AddWithValue("$f_to", to);
            }
        }

        if (filters.StatusCode is { } status)
        {
            sql.Append(" AND d.effect = $f_status");
            command.Parameters.AddWithValue("$f_status", status);
            if (status == EffectStatusNames.Code(EffectStatus.Unknown))
            {
                sql.Append(" AND NOT ").Append(EffectRule.RecordTypeSql("d")); // a report's moot effect is no doubt about it
            }
        }

        if (filters.Source is { } source)
        {
            sql.Append(" AND d.source = $f_source");
            command.Parameters.AddWithValue("$f_source", source);
        }

        if (filters.DocumentIds is { } ids)
        {
            sql.Append(" AND d.id IN (SELECT value FROM json_each($f_docs))");
            command.Parameters.AddWithValue("$f_docs", "[" + string.Join(',', ids) + "]");
        }

        return sql.ToString();
    }

    /// <summary>Whether <paramref name="filters"/> need the documents table (the number filter does not).</summary>
    public static bool NeedsDocuments(QueryFilters filters) =>
        filters.TypeKey is not null || filters.IssuerKey is not null || filters.Years is not null || filters.StatusCode is not null || filters.Source is not null || filters.DocumentIds is not null;

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
