using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage.Ranking;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Search;

public sealed partial class SearchEngine
{
    /// <summary>
    /// The best <paramref name="limit"/> units for a query of words and quoted phrases, from postings cached per generation:
    /// the same matches, scores and order as <see cref="Rank"/>, without stepping through FTS5's doclists of
    /// the common words again (see <see cref="PostingRanker"/>).
    /// </summary>
    private List<Candidate> RankFromPostings(
        SqliteConnection connection, SqliteTransaction transaction, long generation, CompiledQuery query, TermQuery terms,
        QueryFilters filters, int limit, MatchCollector matches)
    {
        var universe = index.Postings.Universe(connection, transaction, generation);
        var tokens = new Dictionary<string, int>(StringComparer.Ordinal);
        var lists = new List<PostingList>();
        var phraseWords = terms.Phrases.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Words, StringComparer.Ordinal);
        int ListOf(string token)
        {
            if (!tokens.TryGetValue(token, out var i))
            {
                var list = phraseWords.TryGetValue(token, out var words)
                    ? PhrasePostings.Of([.. words.Select(w => index.Postings.Get(connection, transaction, generation, w))], universe.Count)
                    : index.Postings.Get(connection, transaction, generation, token);
                i = tokens[token] = lists.Count;
                lists.Add(list);
            }

            return i;
        }

        var clauses = terms.Clauses.Select(c => c.Select(ListOf).Distinct().ToArray()).ToArray();
        var excluded = terms.Excluded.Select(ListOf).Distinct().ToArray();
        var termLists = terms.TermTokens.Select(ListOf).ToArray();
        var phrases = terms.Phrases.Select(p => (p.PlanPhrase, ListOf(p.Key))).ToArray();
        var documents = FilterSql.NeedsDocuments(filters) ? FilteredDocuments(connection, transaction, filters) : null;
        var names = tokens.OrderBy(t => t.Value).Select(t => t.Key).ToArray();
        PairImpacts Pair(int first, int second, in ImpactParameters parameters) =>
            index.Postings.GetPair(generation, names[first], lists[first], names[second], lists[second], parameters, universe);
        return new PostingRanker([.. lists], clauses, excluded, termLists, universe, documents, matches, limit, Pair) { Phrases = phrases }.Run(query.Plan);
    }

    /// <summary>Whether every list the query needs is cached; if not, the missing ones are read in the background (FTS5 answers meanwhile).</summary>
    private bool AllCached(long generation, TermQuery terms)
    {
        if (!index.Postings.ReadsAhead)
        {
            return true; // nothing reads ahead: the search reads what it needs
        }

        var missing = new List<string>();
        foreach (var token in terms.ListTokens)
        {
            if (!index.Postings.TryGetCached(generation, token, out _, out var tooLarge))
            {
                if (tooLarge)
                {
                    return false; // a list the budget cannot hold: FTS5 answers, nothing to read
                }

                missing.Add(token);
            }
        }

        if (missing.Count == 0)
        {
            return true;
        }

        _ = index.Postings.ReadLater(missing);
        return false;
    }

    private static HashSet<long> FilteredDocuments(SqliteConnection connection, SqliteTransaction transaction, QueryFilters filters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT d.id FROM documents d WHERE 1 = 1" + FilterSql.Conditions(filters, command);
        var ids = new HashSet<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
