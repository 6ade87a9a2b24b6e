using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>How a finding or a report names a document: "Kế hoạch số 25/KH-UBND", else its id.</summary>
public static class DocumentLabel
{
    public static string Of(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Number is { } number
            ? $"{document.Type ?? "Văn bản"} số {number.Display}"
            : $"Văn bản {document.Id}";
    }
}
