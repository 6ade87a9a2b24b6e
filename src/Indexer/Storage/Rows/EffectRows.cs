using LawMonitor.Indexer.Storage.Sqlite;
using System.Globalization;
using System.Text.Json;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage.Rows;

/// <summary>
/// SQL for the derived effect of documents (<c>documents.effect</c>, <c>documents.effect_detail</c>): the
/// acts that touch each document, read from <c>citations</c>, and the rewrite of what changed, decided by
/// <see cref="EffectRule"/>.
/// </summary>
internal static class EffectRows
{
    private static readonly string Relations = string.Join(", ", new[]
    {
        CitationRelation.Repeals, CitationRelation.Replaces, CitationRelation.Expires, CitationRelation.Suspends,
        CitationRelation.Amends, CitationRelation.Supplements,
    }.Select(r => "'" + r + "'"));

    private static readonly JsonSerializerOptions Json = StoredJson.Options;

    /// <summary>Every act of one held document upon another document, grouped by the cited key ("number:…", "name:…").</summary>
    public static Dictionary<string, List<EffectAct>> Acts(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = Sql.Command(connection, transaction, $"""
            SELECT c.doc_key, c.relation, c.target_key, c.target_path, c.text, c.source_path,
                   d.number, d.type, d.title, d.issuer, d.issue_date, d.effective_date
            FROM citations c JOIN documents d ON d.doc_key = c.doc_key
            WHERE c.internal = 0 AND c.target_key IS NOT NULL AND c.relation IN ({Relations})
            ORDER BY c.doc_key, c.ord
            """);
        using var reader = command.ExecuteReader();
        var acts = new Dictionary<string, List<EffectAct>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            DateOnly? D(int i) => S(i) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var number = DocumentNumberParser.TryParse(S(6));
            var act = new EffectAct(Enum.Parse<CitationRelation>(reader.GetString(1)), DocumentId.Create(reader.GetString(0)), DocumentName.Of(number, S(7), S(8)))
            {
                TargetPath = S(3) is { } p ? ProvisionPath.Parse(p) : null,
                Quote = reader.GetString(4),
                CitingPath = ProvisionPath.Parse(reader.GetString(5)),
                CitingNumber = number,
                CitingType = S(7),
                CitingIssuer = S(9),
                CitingIssued = D(10),
                CitingEffective = D(11),
            };
            var key = reader.GetString(2);
            if (!acts.TryGetValue(key, out var list))
            {
                acts[key] = list = [];
            }

            list.Add(act);
        }

        return acts;
    }

    /// <summary>
    /// Decides the effect of every document again on the Vietnam day <paramref name="asOf"/> and rewrites those that
    /// changed, in the writer's transaction; returns how many changed. A citation resolves as everywhere else: by
    /// number, the newest document with it.
    /// </summary>
    public static int Recompute(SqliteConnection connection, SqliteTransaction transaction, CentralEffectFacts facts, DateOnly asOf)
    {
        var acts = Acts(connection, transaction);
        var rows = new List<(long Id, DocumentId Key, string? NumberKey, string? NameKey, string? IssueDate, EffectSubject Subject, string Stored)>();
        using (var select = Sql.Command(connection, transaction, "SELECT id, doc_key, number, type, issuer, status, number_key, name_key, issue_date, effect_detail, effective_date FROM documents"))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var stated = EffectStatusNames.TryParse(S(5), out var s) ? s : EffectStatus.Unknown;
                rows.Add((reader.GetInt64(0), DocumentId.Create(reader.GetString(1)), S(6), S(7), S(8),
                    new EffectSubject(DocumentNumberParser.TryParse(S(2)), S(3), S(4), stated) { Effective = Day(S(10)) }, S(9) ?? string.Empty));
            }
        }

        // The newest document holding a key is the one its citations name.
        var newest = new Dictionary<string, DocumentId>(StringComparer.Ordinal);
        foreach (var row in rows.OrderBy(r => r.IssueDate, StringComparer.Ordinal).ThenBy(r => r.Id))
        {
            if (row.NumberKey is { } n)
            {
                newest["number:" + n] = row.Key;
            }

            if (row.NameKey is { } name)
            {
                newest[name] = row.Key;
            }
        }

        var changed = 0;
        using var update = Sql.Command(connection, transaction, "UPDATE documents SET effect = $effect, effect_detail = $detail WHERE id = $id");
        var effectParameter = update.Parameters.Add("$effect", SqliteType.Text);
        var detailParameter = update.Parameters.Add("$detail", SqliteType.Text);
        var idParameter = update.Parameters.Add("$id", SqliteType.Integer);
        foreach (var row in rows)
        {
            var mine = new List<EffectAct>();
            foreach (var key in new[] { row.NumberKey is { } n ? "number:" + n : null, row.NameKey })
            {
                if (key is not null && newest.GetValueOrDefault(key) == row.Key && acts.TryGetValue(key, out var list))
                {
                    mine.AddRange(list.Where(a => a.CitingDocument != row.Key));
                }
            }

            if (mine.Any(a => a.TargetPath is { IsDocument: false }) && StructureCodec.Read(connection, transaction, row.Id) is { } tree)
            {
                // "Điều 5 của Quyết định số 17/2022/QĐ-UBND" amends the Điều 5 of the quy chế it issued: placed in its tree.
                mine = mine.Select(a => a.TargetPath is { IsDocument: false } p ? a with { TargetPath = tree.Resolve(p) } : a).ToList();
            }

            var effect = EffectRule.Decide(row.Subject, mine, facts, asOf);
            var detail = Serialize(effect);
            if (detail != row.Stored)
            {
                effectParameter.Value = effect.Code;
                detailParameter.Value = detail;
                idParameter.Value = row.Id;
                update.ExecuteNonQuery();
                changed++;
            }
        }

        return changed;
    }

    public static string Serialize(DocumentEffect effect) =>
        JsonSerializer.Serialize(new Stored(effect.Code, EffectStatusNames.Code(effect.Stated), effect.Events.Select(e => new StoredEvent(
            e.Relation.ToString(), e.ByLabel, e.By?.Value, e.Path?.ToString(), e.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.Quote, e.At?.ToString(), e.Reported, e.Source)).ToList())
        {
            From = effect.InForceFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, Json);

    /// <summary>The stored effect, or the stated status alone when nothing was derived yet.</summary>
    public static DocumentEffect Deserialize(string? detail, EffectStatus stated)
    {
        if (string.IsNullOrEmpty(detail) || JsonSerializer.Deserialize<Stored>(detail, Json) is not { } stored)
        {
            return DocumentEffect.OfStated(stated);
        }

        var status = EffectStatusNames.TryParse(stored.Status, out var s) ? s : stated;
        return new DocumentEffect(status, stated)
        {
            InForceFrom = Day(stored.From),
            Events = stored.Events.Select(e => new EffectEvent(Enum.Parse<CitationRelation>(e.Relation), e.ByLabel)
            {
                By = e.By is { } by ? DocumentId.Create(by) : null,
                Path = e.Path is { } p ? ProvisionPath.Parse(p) : null,
                Since = e.Since is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Quote = e.Quote,
                At = e.At is { } at ? ProvisionPath.Parse(at) : null,
                Reported = e.Reported,
                Source = e.Source,
            }).ToList(),
        };
    }

    private static DateOnly? Day(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <param name="From">The day of its own effect that decided its status (<see cref="DocumentEffect.InForceFrom"/>); absent when none did.</param>
    private sealed record Stored(string Status, string Stated, List<StoredEvent> Events)
    {
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public string? From { get; init; }
    }

    private sealed record StoredEvent(string Relation, string ByLabel, string? By, string? Path, string? Since, string? Quote, string? At, bool Reported, string? Source);
}
