using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// What the index knows of a document number typed in a query ("nd 59/2012"): the documents that hold it,
/// and, whether held or not, the number as written in full and the documents that cite it.
/// </summary>
/// <param name="Key">The folded search key typed: "59/2012/nd".</param>
/// <param name="Display">The number in full as held or cited ("59/2012/NĐ-CP"); null when nothing has it.</param>
public sealed record NumberLookup(string Key, string? Display, string? Type, IReadOnlyList<DocumentId> Held, IReadOnlyList<DocumentId> CitedBy)
{
    /// <summary>Whether some held document has the number.</summary>
    public bool IsHeld => Held.Count > 0;
}
