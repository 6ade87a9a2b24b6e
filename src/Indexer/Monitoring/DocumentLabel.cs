using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>How a finding or a report names a document: "Quyết định số 08/2021/QĐ-UBND", else its id.</summary>
public static class DocumentLabel
{
    public static string Of(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Number is { } number
            ? $"{document.Type ?? "Văn bản"} số {number.Display}"
            : $"Văn bản {document.Id}";
    }

    /// <summary>The label of an indexed document (its id when it is not in the index).</summary>
    public static string Of(DocumentReader reader, DocumentId id)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Get(id, withText: false)?.Document is { } document ? Of(document) : $"Văn bản {id}";
    }
}
