using LawMonitor.Indexer.Storage.Sqlite;
using System.Globalization;
using LawMonitor.Indexer.Model;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Rows;

/// <summary>SQL for <c>citations</c>: the citations of each document's current version.</summary>
internal static class CitationRows
{
    private const string Columns = "c.doc_key, c.start, c.\"end\", c.text, c.relation, c.source_path, c.internal, c.target_key, c.target_number, c.target_type, c.target_name, c.target_issuer, c.target_date, c.target_path";

    public static void Replace(SqliteConnection connection, SqliteTransaction transaction, DocumentId id, IReadOnlyList<Citation> citations)
    {
        Delete(connection, transaction, id);
        if (citations.Count == 0)
        {
            return;
        }

        using var insert = Sql.Command(connection, transaction, """
            INSERT INTO citations(doc_key, ord, start, "end", text, relation, source_path, internal, target_key, target_number, target_type, target_name, target_issuer, target_date, target_path)
            VALUES ($key, $ord, $start, $end, $text, $relation, $source, $internal, $tkey, $tnumber, $ttype, $tname, $tissuer, $tdate, $tpath)
            """);
        var p = insert.Parameters;
        p.AddWithValue("$key", id.Value);
        var ord = p.Add("$ord", SqliteType.Integer);
        var start = p.Add("$start", SqliteType.Integer);
        var end = p.Add("$end", SqliteType.Integer);
        var text = p.Add("$text", SqliteType.Text);
        var relation = p.Add("$relation", SqliteType.Text);
        var source = p.Add("$source", SqliteType.Text);
        var isInternal = p.Add("$internal", SqliteType.Integer);
        var key = p.Add("$tkey", SqliteType.Text);
        var number = p.Add("$tnumber", SqliteType.Text);
        var type = p.Add("$ttype", SqliteType.Text);
        var name = p.Add("$tname", SqliteType.Text);
        var issuer = p.Add("$tissuer", SqliteType.Text);
        var date = p.Add("$tdate", SqliteType.Text);
        var path = p.Add("$tpath", SqliteType.Text);
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            ord.Value = i;
            start.Value = c.Start;
            end.Value = c.End;
            text.Value = c.Text;
            relation.Value = c.Relation.ToString();
            source.Value = c.SourcePath.ToString();
            isInternal.Value = c.Internal ? 1 : 0;
            key.Value = (object?)c.TargetKey ?? DBNull.Value;
            number.Value = (object?)c.TargetNumber?.Display ?? DBNull.Value;
            type.Value = (object?)c.TargetType ?? DBNull.Value;
            name.Value = (object?)c.TargetName ?? DBNull.Value;
            issuer.Value = (object?)c.TargetIssuer ?? DBNull.Value;
            date.Value = c.TargetDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            path.Value = (object?)c.TargetPath?.ToString() ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, DocumentId id)
    {
        using var delete = Sql.Command(connection, transaction, "DELETE FROM citations WHERE doc_key = $key", ("$key", id.Value));
        delete.ExecuteNonQuery();
    }

    /// <summary>The citations <paramref name="id"/> makes, each with the document it resolves to when that is indexed.</summary>
    public static List<StoredCitation> From(SqliteConnection connection, DocumentId id) =>
        Query(connection, $"""
            SELECT {Columns}, {Resolved} FROM citations c WHERE c.doc_key = $key ORDER BY c.ord
            """, ("$key", id.Value));

    /// <summary>The citations other documents make to <paramref name="id"/> (by its number or its name).</summary>
    public static List<StoredCitation> To(SqliteConnection connection, DocumentId id) =>
        Query(connection, $"""
            SELECT {Columns}, $key FROM citations c, documents d
            WHERE d.doc_key = $key AND c.doc_key <> $key
              AND (c.target_key = 'number:' || d.number_key OR c.target_key = d.name_key)
            ORDER BY c.doc_key, c.ord
            """, ("$key", id.Value));

    /// <summary>Every citation to another document with one of <paramref name="relations"/>, in every document, resolved where indexed.</summary>
    public static List<StoredCitation> WithRelations(SqliteConnection connection, IReadOnlyCollection<CitationRelation> relations) =>
        Query(connection, $"""
            SELECT {Columns}, {Resolved} FROM citations c
            WHERE c.internal = 0 AND c.target_key IS NOT NULL AND c.relation IN ({string.Join(", ", relations.Select(r => "'" + r + "'"))})
            ORDER BY c.doc_key, c.ord
            """);

    /// <summary>The number keys ("number:…") of indexed documents whose stated status is <paramref name="status"/>.</summary>
    public static List<(DocumentId Document, string Key)> NumberKeysWithStatus(SqliteConnection connection, EffectStatus status)
    {
        using var command = Sql.Command(connection, null, "SELECT doc_key, 'number:' || number_key FROM documents WHERE status = $s AND number_key IS NOT NULL", ("$s", Legal.EffectStatusNames.Code(status)));
        using var reader = command.ExecuteReader();
        var list = new List<(DocumentId, string)>();
        while (reader.Read())
        {
            list.Add((DocumentId.Create(reader.GetString(0)), reader.GetString(1)));
        }

        return list;
    }

    /// <summary>The indexed document a citation's key names: by number first, then by name (the newest).</summary>
    private const string Resolved = """
        CASE
            WHEN c.target_key LIKE 'number:%' THEN
                (SELECT d.doc_key FROM documents d WHERE d.number_key = substr(c.target_key, 8) ORDER BY d.issue_date DESC LIMIT 1)
            WHEN c.target_key LIKE 'name:%' THEN
                (SELECT d.doc_key FROM documents d WHERE d.name_key = c.target_key ORDER BY d.issue_date DESC LIMIT 1)
        END
        """;

    private static List<StoredCitation> Query(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        using var command = Sql.Command(connection, null, sql, parameters);
        using var reader = command.ExecuteReader();
        var list = new List<StoredCitation>();
        while (reader.Read())
        {
            string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            list.Add(new StoredCitation(
                DocumentId.Create(reader.GetString(0)),
                new Citation(reader.GetString(3), reader.GetInt32(1), reader.GetInt32(2), Enum.Parse<CitationRelation>(reader.GetString(4)))
                {
                    SourcePath = ProvisionPath.Parse(reader.GetString(5)),
                    Internal = reader.GetInt32(6) != 0,
                    TargetKey = S(7),
                    TargetNumber = Legal.DocumentNumberParser.TryParse(S(8)),
                    TargetType = S(9),
                    TargetName = S(10),
                    TargetIssuer = S(11),
                    TargetDate = S(12) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    TargetPath = S(13) is { } p ? ProvisionPath.Parse(p) : null,
                },
                S(14) is { } resolved ? DocumentId.Create(resolved) : null));
        }

        return list;
    }
}
