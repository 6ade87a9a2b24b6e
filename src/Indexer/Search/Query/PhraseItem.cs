namespace LawMonitor.Indexer.Search.Query;

/// <summary>A quoted phrase: its words must stand together, in order.</summary>
/// <param name="Words">The phrase's words.</param>
public sealed record PhraseItem(IReadOnlyList<WordItem> Words) : QueryItem
{
    /// <inheritdoc />
    public override string Display => "\"" + string.Join(' ', Words.Select(w => w.Exact)) + "\"";
}
