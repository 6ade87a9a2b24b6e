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
    public string Label => Path is { } path
        ? $"{Legal.ProvisionLabel.Of(path, lowerFirst: true)}{(path.Instrument is null ? "" : " ban hành kèm theo")} {Document}" // "khoản 1 Điều 6 Quy chế ban hành kèm theo Quyết định số …"
        : Document;

    /// <summary>Where in the query the provision's own words are ("Điều 143", "khoản 2 Điều 5 của"), when one is named.</summary>
    internal (int Start, int End)? ProvisionSpan { get; init; }

    /// <summary>
    /// The query without the words that name provisions: "Điều", "khoản" and their numbers found the provision
    /// and would otherwise match every article heading.
    /// </summary>
    internal static string WithoutProvisionWords(string query, IReadOnlyList<QueryReference> references)
    {
        var chars = query.ToCharArray();
        foreach (var (start, end) in references.Where(r => r.ProvisionSpan is not null).Select(r => r.ProvisionSpan!.Value))
        {
            Array.Fill(chars, ' ', start, end - start);
        }

        return new string(chars);
    }

    /// <summary>The documents it stands for (internal row ids).</summary>
    internal IReadOnlyList<long> DocumentIds { get; init; } = [];
}
