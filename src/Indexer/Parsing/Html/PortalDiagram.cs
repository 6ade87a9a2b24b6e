namespace LawMonitor.Indexer.Parsing.Html;

/// <summary>
/// A vbpl.vn "Lược đồ" page read as what it is: the document it describes (<see cref="Subject"/>, "Văn bản
/// hiện thời") and the documents related to it, block by block. <see cref="Text"/> is the page written as
/// lines (the subject, then each block that lists something, its heading and its entries), which the
/// entries' offsets point into; what each block means is decided in <see cref="Legal.Citations.DiagramRelations"/>.
/// </summary>
public sealed record PortalDiagram(string Subject, IReadOnlyList<PortalDiagramSection> Sections, string Text);
