using System.Text;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Storage.Statistics;

namespace LawMonitor.Indexer.Search;

/// <summary>
/// Turns a <see cref="ParsedQuery"/> into an FTS5 expression and the matching rank plan, phrase by phrase in
/// the same order (FTS5 numbers phrases left to right). Every token is quoted, so nothing the user typed is
/// ever FTS5 syntax. No column filters are needed: folded words only occur in the text columns and keys
/// ('#…', '@…') only in the key columns; the ranking function tells the columns apart (filters cost FTS5
/// 2.5× on large matches).
/// </summary>
internal sealed class MatchCompiler
{
    private const string NumberColumn = "{num}";

    private readonly TermStatsSnapshot stats;
    private readonly RankPlan plan;
    private readonly Dictionary<string, int> termIndex = new(StringComparer.Ordinal);
    private readonly StringBuilder expression = new();
    private readonly List<List<string>> clauses = [];
    private readonly List<string> excluded = [];
    private readonly List<PhraseTerm> phrases = [];
    private bool wordsOnly = true;

    private MatchCompiler(TermStatsSnapshot stats, RankParameters parameters)
    {
        this.stats = stats;
        plan = new RankPlan(parameters, stats.AverageLength);
    }

    /// <summary>Whether relaxing (any word instead of all) can find more than the strict query.</summary>
    public static bool CanRelax(ParsedQuery query) => query.Clauses.Count(c => c.Alternatives.All(a => a is WordItem or KeyItem)) >= 2;

    /// <summary>
    /// Compiles <paramref name="query"/>. Strict: every clause required. Relaxed: clauses of words and keys become
    /// alternatives of one another; quoted phrases and number filters stay required.
    /// </summary>
    public static CompiledQuery Compile(ParsedQuery query, IReadOnlyList<string> requiredNumberKeys, TermStatsSnapshot stats, RankParameters parameters, bool relaxed)
    {
        var compiler = new MatchCompiler(stats, parameters);
        compiler.DeclareTerms(query);
        compiler.Build(query, requiredNumberKeys, relaxed && CanRelax(query));
        return new CompiledQuery(compiler.expression.ToString(), compiler.plan.ToBlob(), relaxed && CanRelax(query), compiler.Terms());
    }

    /// <summary>An expression matching any of <paramref name="items"/>, for exclusions checked on their own.</summary>
    public static string AnyOf(IEnumerable<QueryItem> items, TermStatsSnapshot stats)
    {
        var compiler = new MatchCompiler(stats, RankParameters.Default);
        compiler.Group(items.ToList(), " OR ", PhraseRole.Excluded);
        return compiler.expression.ToString();
    }

    /// <summary>The query as clauses of words, quoted phrases and keys, or null when it holds anything else (a number filter, an excluded phrase or key).</summary>
    private TermQuery? Terms()
    {
        if (!wordsOnly || clauses.Count == 0 || clauses.Any(c => c.Count == 0))
        {
            return null;
        }

        var tokens = new string[termIndex.Count];
        foreach (var (token, index) in termIndex)
        {
            tokens[index] = token;
        }

        return new TermQuery(clauses, excluded, tokens) { Phrases = phrases };
    }

    private void DeclareTerms(ParsedQuery query)
    {
        // Every distinct folded word is one term of the plan; consecutive words of the query form bigrams.
        WordItem? previous = null;
        foreach (var clause in query.Clauses)
        {
            foreach (var item in clause.Alternatives)
            {
                if (item is WordItem word && !termIndex.ContainsKey(word.Folded) && plan.TermCount < RankPlan.MaxTerms)
                {
                    termIndex[word.Folded] = plan.AddTerm(stats.Idf(TermHash.Of(word.Folded)));
                }
            }

            var single = clause.Alternatives.Count == 1 ? clause.Alternatives[0] as WordItem : null;
            if (previous is not null && single is not null
                && termIndex.TryGetValue(previous.Folded, out var a) && termIndex.TryGetValue(single.Folded, out var b) && a != b)
            {
                var pair = TermHash.Pair(TermHash.Of(previous.Folded), TermHash.Of(single.Folded));
                if (stats.DocumentFrequency(pair) > 0)
                {
                    plan.AddPair(a, b, stats.Idf(pair));
                }
            }

            previous = single;
        }
    }

    private void Build(ParsedQuery query, IReadOnlyList<string> requiredNumberKeys, bool relaxed)
    {
        var required = new List<string>();
        if (relaxed)
        {
            var optional = query.Clauses.Where(c => c.Alternatives.All(a => a is WordItem or KeyItem)).SelectMany(c => c.Alternatives).ToList();
            clauses.Add([]);
            Group(optional, " OR ", PhraseRole.Term);
            foreach (var clause in query.Clauses.Where(c => !c.Alternatives.All(a => a is WordItem or KeyItem)))
            {
                expression.Append(" AND ");
                clauses.Add([]);
                Group(clause.Alternatives, " OR ", PhraseRole.Term);
            }
        }
        else
        {
            var first = true;
            foreach (var clause in query.Clauses)
            {
                if (!first)
                {
                    expression.Append(" AND ");
                }

                clauses.Add([]);
                Group(clause.Alternatives, " OR ", PhraseRole.Term);
                first = false;
            }
        }

        foreach (var key in requiredNumberKeys)
        {
            if (expression.Length > 0)
            {
                expression.Append(" AND ");
            }

            Emit(NumberColumn, LegalNumberKeys.Token(key));
            plan.AddPhrase(PhraseRole.Key, 0);
            wordsOnly = false;
        }

        if (query.Excluded.Count > 0 && expression.Length > 0)
        {
            expression.Append(" NOT ");
            Group(query.Excluded, " OR ", PhraseRole.Excluded);
        }
    }

    private void Group(IReadOnlyList<QueryItem> items, string separator, PhraseRole role)
    {
        if (items.Count > 1)
        {
            expression.Append('(');
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                expression.Append(separator);
            }

            Item(items[i], role);
        }

        if (items.Count > 1)
        {
            expression.Append(')');
        }
    }

    private void Item(QueryItem item, PhraseRole role)
    {
        switch (item)
        {
            case WordItem word:
                Emit(null, word.Folded);
                if (role == PhraseRole.Excluded)
                {
                    plan.AddPhrase(PhraseRole.Excluded, 0);
                    excluded.Add(word.Folded);
                }
                else if (!termIndex.TryGetValue(word.Folded, out var term))
                {
                    plan.AddPhrase(PhraseRole.Excluded, 0); // beyond the plan's words: matched, not scored
                    wordsOnly = false;
                }
                else
                {
                    plan.AddTermPhrase(term);
                    clauses[^1].Add(word.Folded);
                }

                break;
            case PhraseItem phrase:
                Emit(null, string.Join(' ', phrase.Words.Select(w => w.Folded)));
                if (role == PhraseRole.Excluded)
                {
                    plan.AddPhrase(PhraseRole.Excluded, 0);
                    wordsOnly = false; // an excluded phrase is left to FTS5
                }
                else
                {
                    // Matched and scored from its words' cached postings where they follow one another.
                    var term = new PhraseTerm([.. phrase.Words.Select(w => w.Folded)], plan.PhraseCount);
                    plan.AddPhrase(PhraseRole.Phrase, PhraseIdf(phrase));
                    phrases.Add(term);
                    clauses[^1].Add(term.Key);
                }

                break;
            case KeyItem key:
                Emit(null, key.Token);
                if (role == PhraseRole.Excluded)
                {
                    plan.AddPhrase(PhraseRole.Excluded, 0);
                    wordsOnly = false; // an excluded key is left to FTS5
                }
                else
                {
                    // A number or date key is scored from its cached postings as a phrase of one token (its own number counts as lm_rank counts it).
                    var term = new PhraseTerm([key.Token], plan.PhraseCount);
                    plan.AddPhrase(PhraseRole.Key, stats.Idf(TermHash.Of(key.Token)));
                    phrases.Add(term);
                    clauses[^1].Add(term.Key);
                }

                break;
        }
    }

    /// <summary>A phrase weighs what its bigrams weigh: the rarer its word pairs, the more it counts.</summary>
    private double PhraseIdf(PhraseItem phrase)
    {
        var idf = 0.0;
        for (var i = 1; i < phrase.Words.Count; i++)
        {
            idf += stats.Idf(TermHash.Pair(TermHash.Of(phrase.Words[i - 1].Folded), TermHash.Of(phrase.Words[i].Folded)));
        }

        return idf;
    }

    private void Emit(string? columns, string tokens)
    {
        if (columns is not null)
        {
            expression.Append(columns).Append(" : ");
        }

        expression.Append('"').Append(tokens.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
