namespace LawMonitor.Indexer.Search.Query;

/// <summary>One word as typed.</summary>
/// <param name="Exact">Its exact form (lower case, canonical tone placement).</param>
/// <param name="Folded">Its folded form, which is what matches.</param>
/// <param name="HasDiacritics">Whether it was typed with diacritics: then exact matches rank higher.</param>
public sealed record WordItem(string Exact, string Folded, bool HasDiacritics) : QueryItem
{
    /// <inheritdoc />
    public override string Display => Exact;
}
