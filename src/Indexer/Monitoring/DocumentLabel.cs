using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>How a finding or a report names a document: "Quyết định số 08/2021/QĐ-UBND", never by its id (see <see cref="Legal.DocumentName"/>).</summary>
public static class DocumentLabel
{
    public static string Of(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Legal.DocumentName.Of(document.Number, document.Type, document.Title);
    }

    /// <summary>The label of an indexed document ("Văn bản không còn trong kho" when it is not in the index).</summary>
    public static string Of(DocumentReader reader, DocumentId id)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Get(id, withText: false)?.Document is { } document ? Of(document) : "Văn bản không còn trong kho";
    }
}
