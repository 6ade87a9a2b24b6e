namespace LawMonitor.Indexer.Search;

/// <summary>
/// A compiled query made only of words, quoted phrases and number or date keys, in the form ranking from cached postings needs: every
/// clause must match (a clause matches when any of its tokens occurs), no excluded token may occur, and
/// <see cref="TermTokens"/> gives the token of each word of the rank plan, by its index there. A quoted phrase (or a
/// key, a phrase of one token) stands in its clause by its <see cref="PhraseTerm.Key"/>; its postings are those of its
/// words where they follow one another.
/// </summary>
/// <param name="Clauses">The required clauses, each a list of alternative tokens (or phrase keys).</param>
/// <param name="Excluded">Tokens that must not occur.</param>
/// <param name="TermTokens">The token of each rank-plan word.</param>
internal sealed record TermQuery(IReadOnlyList<IReadOnlyList<string>> Clauses, IReadOnlyList<string> Excluded, IReadOnlyList<string> TermTokens)
{
    /// <summary>The quoted phrases and keys the clauses name, in the rank plan's order.</summary>
    public IReadOnlyList<PhraseTerm> Phrases { get; init; } = [];

    /// <summary>Every word whose posting list the query reads: those of the clauses, the exclusions, the plan and the phrases.</summary>
    public IEnumerable<string> ListTokens =>
        Clauses.SelectMany(c => c).Where(t => !PhraseTerm.IsKey(t)).Concat(Excluded).Concat(TermTokens).Concat(Phrases.SelectMany(p => p.Words)).Distinct(StringComparer.Ordinal);
}
