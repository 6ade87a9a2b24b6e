using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>The labels of indexed documents, each read once: a detector run or an alert check names the same documents many times.</summary>
public sealed class DocumentLabels(DocumentReader reader)
{
    private readonly Dictionary<DocumentId, string> labels = [];

    public string Of(DocumentId id)
    {
        if (!labels.TryGetValue(id, out var label))
        {
            labels[id] = label = DocumentLabel.Of(reader, id);
        }

        return label;
    }
}
