using LawMonitor.Indexer.Storage.Sqlite;
using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// The effect of every document the index holds or cites, read once for a detector run or an alert check:
/// a held document's effect as stored, a document only cited decided by the same <see cref="EffectRule"/>
/// from the acts of held documents and the reference table of central documents.
/// </summary>
public sealed class EffectBook
{
    private readonly Dictionary<DocumentId, DocumentEffect> held;
    private readonly Dictionary<string, DocumentId> heldByKey;
    private readonly Dictionary<string, List<EffectAct>> acts;
    private readonly CentralEffectFacts facts;
    private readonly Dictionary<string, DocumentEffect> cited = new(StringComparer.Ordinal);

    private EffectBook(Dictionary<DocumentId, DocumentEffect> held, Dictionary<string, DocumentId> heldByKey, Dictionary<string, List<EffectAct>> acts, CentralEffectFacts facts)
    {
        this.held = held;
        this.heldByKey = heldByKey;
        this.acts = acts;
        this.facts = facts;
    }

    /// <summary>Held documents that have ended as a whole.</summary>
    public IEnumerable<DocumentId> Ended => held.Where(h => h.Value.HasEnded).Select(h => h.Key);

    /// <summary>The effect of a held document; its stated status alone when it is not held.</summary>
    public DocumentEffect? OfHeld(DocumentId id) => held.GetValueOrDefault(id);

    /// <summary>The effect of what a citation names: the held document it resolves to, else what held documents and the reference table say of its number.</summary>
    public DocumentEffect Of(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.TargetKey is not { } key)
        {
            return DocumentEffect.OfStated(EffectStatus.Unknown);
        }

        if (heldByKey.TryGetValue(key, out var id) && held.TryGetValue(id, out var effect))
        {
            return effect;
        }

        if (!cited.TryGetValue(key, out effect))
        {
            // Names repeat across years ("Luật Đất đai"): only a number identifies a document not held.
            effect = key.StartsWith("number:", StringComparison.Ordinal)
                ? EffectRule.Decide(new EffectSubject(citation.TargetNumber, citation.TargetType, citation.TargetIssuer, EffectStatus.Unknown), acts.GetValueOrDefault(key) ?? [], facts)
                : DocumentEffect.OfStated(EffectStatus.Unknown);
            cited[key] = effect;
        }

        return effect;
    }

    internal static EffectBook Read(SqliteConnection connection, CentralEffectFacts facts)
    {
        var held = new Dictionary<DocumentId, DocumentEffect>();
        var byKey = new Dictionary<string, DocumentId>(StringComparer.Ordinal);
        using (var command = Sql.Command(connection, null, "SELECT doc_key, status, effect_detail, number_key, name_key FROM documents ORDER BY issue_date, id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = DocumentId.Create(reader.GetString(0));
                var stated = Legal.EffectStatusNames.TryParse(reader.GetString(1), out var s) ? s : EffectStatus.Unknown;
                held[id] = EffectRows.Deserialize(reader.IsDBNull(2) ? null : reader.GetString(2), stated);
                if (!reader.IsDBNull(3))
                {
                    byKey["number:" + reader.GetString(3)] = id; // the newest holder of a number wins, as citations resolve
                }

                if (!reader.IsDBNull(4))
                {
                    byKey[reader.GetString(4)] = id;
                }
            }
        }

        return new EffectBook(held, byKey, EffectRows.Acts(connection, null), facts);
    }
}
