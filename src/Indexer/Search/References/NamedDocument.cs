namespace LawMonitor.Indexer.Search.References;

/// <summary>
/// A document, or several, that a name or number typed in a query stands for: "Luật Tố tụng hành chính",
/// "BLHS", "Nghị định 19", "19/2020/NĐ-CP".
/// </summary>
/// <param name="Display">How the answer names it: the law's name, or the type and number.</param>
/// <param name="DocumentIds">The index's documents (internal row ids) it stands for.</param>
internal sealed record NamedDocument(string Display, IReadOnlyList<long> DocumentIds);
