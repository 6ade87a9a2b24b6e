using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Citations;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Contracts;

namespace LawMonitor.SearchApi.Documents;

/// <summary>Assembles what <c>show</c> and <c>GET /api/documents/{id}</c> answer.</summary>
internal static class DocumentDetails
{
    /// <summary>The details of <paramref name="id"/> as indexed, or of its version <paramref name="version"/>; null when either is not there.</summary>
    public static DocumentDetailsResponse? Build(LegalIndex index, DocumentId id, int? version = null)
    {
        var reader = index.Documents;
        var labels = new Indexer.Monitoring.DocumentLabels(reader);
        if (reader.Get(id) is not { } stored)
        {
            return null;
        }

        var versions = reader.Versions(id);
        var document = stored.Document;
        IReadOnlyList<CitationResponse> citations;
        IReadOnlyList<AppendixResponse> appendices;
        DocumentVersion? shown;
        string text;
        DocumentStructure structure;
        if (version is { } n)
        {
            shown = reader.Version(id, n);
            if (shown is null)
            {
                return null;
            }

            // An earlier version's provisions and citations are read again from its text; only the current one's are stored.
            var m = shown.Metadata;
            document = document with
            {
                Number = m.Number, Type = m.Type, Title = m.Title, Issuer = m.Issuer, IssueDate = m.IssueDate, Place = m.Place,
                EffectiveDate = m.EffectiveDate, Signer = m.Signer, SignerTitle = m.SignerTitle,
            };
            text = shown.Text;
            structure = StructureParser.Parse(text);
            var keys = CitationKeys.Of(m.Number, m.Type, m.Title).ToList();
            citations = CitationExtractor.Extract(text, structure, keys).Select(c => CitationResponse.Labelled(id, c, null, labels, structure)).ToList();
            appendices = DocumentSegmenter.Segment(text, structure).Where(s => s.Kind == UnitKind.Appendix)
                .Select(s => AppendixResponse.From(s.Label!, s.HeadingLine(text), s.Start, s.End)).ToList();
        }
        else
        {
            shown = versions.Count > 0 ? versions[^1] : null;
            text = document.Text;
            structure = reader.Structure(id) ?? StructureParser.Parse(text);
            citations = reader.CitationsFrom(id).Select(c => CitationResponse.Labelled(c, labels, structure)).ToList();
            var length = text.Length;
            appendices = reader.Appendices(id).Select(a => AppendixResponse.From(a.Label, a.Heading, a.Start, a.End ?? length)).ToList();
        }

        var citedBy = reader.CitedBy(id);
        // Each citing document's stored tree, read once, tells whether a citation outside its provisions is in its closing.
        var citing = new Dictionary<DocumentId, DocumentStructure?>();
        DocumentStructure? CitingStructure(DocumentId other) =>
            citing.TryGetValue(other, out var known) ? known : citing[other] = reader.Structure(other);
        var effect = stored.Effect;
        var counts = structure.AllNodes.GroupBy(n => n.Level).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString(), g => g.Count());
        return new DocumentDetailsResponse(
            id.Value,
            DocumentNumberResponse.From(document.Number),
            document.Type,
            document.Title,
            document.Issuer,
            document.IssueDate,
            document.Place,
            document.EffectiveDate,
            document.Signer,
            document.SignerTitle,
            EffectStatusNames.Code(document.Status),
            document.Source,
            stored.IndexedAt,
            shown?.Version,
            text.Length,
            structure.Nodes.Select(node => ProvisionNodeResponse.From(node, text)).ToList(),
            counts,
            citations,
            citedBy.Select(c => CitationResponse.Labelled(c, labels, CitingStructure(c.CitingDocument))).ToList(),
            versions.Select(VersionResponse.From).ToList(),
            shown is { Facts.OcrPages.Count: > 0 } ? new OcrResponse(shown.Facts.OcrPages, shown.Facts.OcrConfidence) : null)
        {
            Effect = effect.Code,
            EffectNote = effect.Note,
            EffectBy = effect.Decisive?.By?.Value,
            Label = Indexer.Monitoring.DocumentLabel.Of(document),
            EffectName = Indexer.Legal.Effect.EffectRule.EffectIsMoot(document.Type, effect.Status) ? null : effect.Name,
            StatusName = EffectStatusNames.Name(document.Status),
            PeriodName = Indexer.Monitoring.Detectors.ProgrammePeriod.OfDocument(document.Type, document.Title)?.Words,
            EffectByLabel = effect.Decisive?.ByLabel,
            Appendices = appendices,
        };
    }
}
