namespace LawMonitor.Indexer.Tests.Support.Files;

/// <summary>A cell of a DOCX table: its words, the columns it spans, and whether it starts or continues a merge down.</summary>
public sealed record DocxCell(string Text, int Columns = 1, bool StartsMerge = false, bool Continues = false);
