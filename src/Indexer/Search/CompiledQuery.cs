namespace LawMonitor.Indexer.Search;

/// <summary>A query ready to run: the FTS5 expression and the rank plan that describes its phrases.</summary>
/// <param name="Expression">The MATCH expression, built only from analysed tokens, every string quoted.</param>
/// <param name="Plan">The rank plan blob for <c>lm_rank</c>.</param>
/// <param name="Relaxed">Whether any word may be missing (OR), rather than all required (AND).</param>
/// <param name="Terms">The same query as clauses of words, when it is made only of words (no quoted phrase, key or number filter).</param>
internal sealed record CompiledQuery(string Expression, byte[] Plan, bool Relaxed, TermQuery? Terms = null);
