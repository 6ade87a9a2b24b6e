namespace LawMonitor.Indexer.Search;

/// <summary>
/// A compiled query made only of words, in the form ranking from cached postings needs: every clause must
/// match (a clause matches when any of its tokens occurs), no excluded token may occur, and
/// <see cref="TermTokens"/> gives the token of each word of the rank plan, by its index there.
/// </summary>
/// <param name="Clauses">The required clauses, each a list of alternative tokens.</param>
/// <param name="Excluded">Tokens that must not occur.</param>
/// <param name="TermTokens">The token of each rank-plan word.</param>
internal sealed record TermQuery(IReadOnlyList<IReadOnlyList<string>> Clauses, IReadOnlyList<string> Excluded, IReadOnlyList<string> TermTokens);
