namespace LawMonitor.Indexer.Parsing.Html;

/// <summary>One document listed on a portal's diagram page ("Luật 50/2014/QH13 Xây dựng"), with where it stands in the written text.</summary>
/// <param name="Text">The entry as the portal writes it.</param>
/// <param name="Start">Offset of the entry in <see cref="PortalDiagram.Text"/>.</param>
/// <param name="End">Offset just past it.</param>
public sealed record PortalDiagramEntry(string Text, int Start, int End);
