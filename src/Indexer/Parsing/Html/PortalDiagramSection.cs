namespace LawMonitor.Indexer.Parsing.Html;

/// <summary>One block of a diagram page: its heading as the portal writes it ("Văn bản HD, QĐ chi tiết") and the documents under it.</summary>
public sealed record PortalDiagramSection(string Heading, IReadOnlyList<PortalDiagramEntry> Entries);
