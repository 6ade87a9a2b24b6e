using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// A provision of a document version; <c>documentLabel</c> names the document as people read it ("Quyết định số
/// 08/2021/QĐ-UBND"), <c>label</c> the provision with it ("Quyết định số 08/2021/QĐ-UBND, khoản 1 Điều 7").
/// </summary>
public sealed record ProvisionReferenceResponse(string DocumentId, int Version, string Path, int? Start, int? End)
{
    public string? DocumentLabel { get; init; }

    public string? PathLabel { get; init; }

    public string? Label { get; init; }

    public static ProvisionReferenceResponse From(ProvisionReference p, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(labels);
        var document = labels.OfReference(p.DocumentId);
        return new(p.DocumentId.Value ?? string.Empty, p.Version, p.Path, p.Start, p.End)
        {
            DocumentLabel = document,
            PathLabel = string.IsNullOrEmpty(p.Path) ? null : ProvisionLabel.Of(p.Path),
            Label = DocumentName.WithProvision(document, p.Path),
        };
    }
}
