namespace LawMonitor.Indexer.Search;

/// <summary>
/// A quoted phrase of a <see cref="TermQuery"/>, or a number or date key (a phrase of one token): its tokens, and its
/// entry in the rank plan (which holds its role and idf).
/// </summary>
/// <param name="Words">The folded words, in order; for a key, its token ("#19/2020/nd-cp", "@2021-01-13").</param>
/// <param name="PlanPhrase">Its index among the rank plan's phrases.</param>
internal sealed record PhraseTerm(IReadOnlyList<string> Words, int PlanPhrase)
{
    /// <summary>How a clause names it: the words in quotes, which no token of the index can be.</summary>
    public string Key => Quoted(Words);

    /// <summary>Whether a clause's token names a phrase.</summary>
    public static bool IsKey(string token) => token.Length > 1 && token[0] == '"';

    /// <summary>The key of the phrase of <paramref name="words"/>.</summary>
    public static string Quoted(IEnumerable<string> words) => "\"" + string.Join(' ', words) + "\"";
}
