using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Search.References;

/// <summary>
/// A reference recognised in a query: a document named by number, name or abbreviation, and the provision of
/// it when one is named ("Điều 143 Luật Tố tụng hành chính", "khoản 2 Điều 5 BLHS").
/// </summary>
/// <param name="Text">The words as typed.</param>
/// <param name="Start">Offset of the first of them in the query.</param>
/// <param name="End">Offset just past the last.</param>
/// <param name="Document">The document as the answer names it ("Luật Tố tụng hành chính", "Nghị định số 19/2020/NĐ-CP").</param>
/// <param name="Path">The provision named, or null when the document alone is.</param>
public sealed record QueryReference(string Text, int Start, int End, string Document, ProvisionPath? Path)
{
    /// <summary>Whether the index holds the named provision (always true for a document alone, which is held when recognised).</summary>
    public bool Found { get; init; } = true;

    /// <summary>The reference as a legal officer writes it: "Điều 143 Luật Tố tụng hành chính", "khoản 2 Điều 5 Bộ luật Hình sự".</summary>
    public string Label => Path is { } path ? $"{Legal.ProvisionLabel.Of(path)} {Document}" : Document;

    /// <summary>The documents it stands for (internal row ids).</summary>
    internal IReadOnlyList<long> DocumentIds { get; init; } = [];
}
