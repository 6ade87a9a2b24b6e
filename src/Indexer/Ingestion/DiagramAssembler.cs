using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Legal.Citations;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing.Html;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// A portal diagram ("Lược đồ") as the document it describes: type, number and title from "Văn bản hiện
/// thời"; a typed citation for every document it acts on (it amends, ends, guides, rests on, refers to);
/// its effect as the blocks of documents acting on it state it (<see cref="DiagramRelations"/>). Those
/// documents stay listed in the text, searchable and shown, but are not its citations.
/// </summary>
internal static class DiagramAssembler
{
    public static AssembledDocument Assemble(DocumentId id, PortalDiagram diagram, string? source)
    {
        var subject = ListedDocument.Read(diagram.Subject);
        var citations = new List<Citation>();
        foreach (var section in diagram.Sections)
        {
            if ((DiagramRelations.Of(section.Heading) ?? new DiagramMeaning(CitationRelation.References, null, null)).Outgoing is not { } relation)
            {
                continue;
            }

            foreach (var entry in section.Entries)
            {
                var listed = ListedDocument.Read(entry.Text);
                var named = listed.Number is null && listed.Type is "Luật" or "Bộ luật" or "Pháp lệnh" or "Hiến pháp" ? listed.Title : null;
                citations.Add(new Citation(entry.Text, entry.Start, entry.End, relation)
                {
                    TargetNumber = listed.Number,
                    TargetType = listed.Type,
                    TargetName = named,
                    TargetKey = listed.Number is { } number ? CitationKeys.ForNumber(number) : named is null ? null : NameKey(listed.Type, named),
                });
            }
        }

        var status = DiagramRelations.SubjectStatus(diagram.Sections.Select(s => s.Heading));
        var metadata = new DocumentMetadata(subject.Number, subject.Type, null, null, null, subject.Title, null, null, null) { Status = status };
        var document = new LegalDocument(id, diagram.Text)
        {
            Number = subject.Number,
            Type = subject.Type,
            Title = subject.Title,
            Status = status,
            Source = source,
            Citations = citations,
        };
        return new AssembledDocument(document, metadata, StructureParser.Parse(diagram.Text));
    }

    /// <summary>
    /// A listed document's name key. The portal lists earlier constitutions by year ("Hiến pháp năm 1992"): those
    /// keep the year, so they are not taken for the constitution in force that "Hiến pháp" names in prose.
    /// </summary>
    private static string NameKey(string? type, string name) =>
        type == "Hiến pháp" && name.Any(char.IsAsciiDigit) ? "name:" + Analysis.VietnameseAnalyzer.FoldWords(name) : CitationKeys.ForName(name);
}
