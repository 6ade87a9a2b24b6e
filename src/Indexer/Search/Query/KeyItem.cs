using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Search.Query;

/// <summary>A document number (full or partial) or a date recognised in the query.</summary>
/// <param name="Kind"><see cref="TokenKind.LegalNumber"/> or <see cref="TokenKind.Date"/>.</param>
/// <param name="Key">The key: "19/2020/nd-cp", "19/2020/nd", "2021-01-13".</param>
/// <param name="Text">The text it was read from.</param>
public sealed record KeyItem(TokenKind Kind, string Key, string Text) : QueryItem
{
    /// <summary>The index token: "#19/2020/nd-cp" or "@2021-01-13".</summary>
    public string Token => Kind == TokenKind.Date ? DateRecognizer.TokenPrefix + Key : LegalNumberKeys.Token(Key);

    /// <inheritdoc />
    public override string Display => Text;
}
