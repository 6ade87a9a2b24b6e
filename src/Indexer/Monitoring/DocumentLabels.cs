using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// The labels of indexed documents, each read once: a detector run or an alert check names the same documents many
/// times; and, when <paramref name="people"/> is given, the names of the people who recorded what the registers hold.
/// </summary>
public sealed class DocumentLabels(DocumentReader reader, IPersonNames? people = null)
{
    private readonly Dictionary<DocumentId, string> labels = [];
    private readonly Dictionary<string, string> persons = new(StringComparer.Ordinal);

    /// <summary>Who recorded something (<see cref="MonitoringNames.FoundBy"/>): a detector, or a person by the name their account shows.</summary>
    public string Person(string? actor)
    {
        if (actor is null)
        {
            return MonitoringNames.FoundBy(actor);
        }

        if (!persons.TryGetValue(actor, out var name))
        {
            persons[actor] = name = MonitoringNames.FoundBy(actor, people);
        }

        return name;
    }

    public string Of(DocumentId id)
    {
        if (!labels.TryGetValue(id, out var label))
        {
            labels[id] = label = DocumentLabel.Of(reader, id);
        }

        return label;
    }

    /// <summary>
    /// What a reference names, as people read it: a held document by its label; a document number not held
    /// ("80/2025/NĐ-CP") as "Nghị định số 80/2025/NĐ-CP"; one document or two joined by "↔", with a span
    /// ("…@120-300") left out; an id no longer held as such; anything else (a URL, a note) as written.
    /// </summary>
    public string OfReference(DocumentId reference) => OfReference(reference.Value ?? string.Empty);

    /// <summary>As <see cref="OfReference(DocumentId)"/>, for a reference written as text.</summary>
    public string OfReference(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Contains(" ↔ ", StringComparison.Ordinal))
        {
            return string.Join(" và ", reference.Split(" ↔ ").Select(OfReference));
        }

        var at = reference.IndexOf('@', StringComparison.Ordinal);
        var key = at > 0 ? reference[..at] : reference;
        var isId = DocumentId.TryCreate(key, out var id, out _);
        if (isId && reader.Get(id, withText: false) is not null)
        {
            return Of(id);
        }

        // Any text makes a document id (a corpus's own ids are free), so an id no longer held is told from a note
        // ("Hội nghị tập huấn ngày 20/3/2026 …") or a URL by its shape: one word, no scheme.
        var looksLikeId = isId && !key.Contains(' ', StringComparison.Ordinal) && !key.Contains("://", StringComparison.Ordinal);
        return Legal.DocumentNumberParser.TryParse(key) is { } number ? Legal.DocumentName.Of(number, null, null)
            : looksLikeId ? "Văn bản không còn trong kho"
            : reference;
    }
}
