using LawMonitor.Indexer.Search.Query;
using LawMonitor.Indexer.Search.References;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Storage.Statistics;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Indexer.Search;

/// <summary>
/// Runs searches over a <see cref="LegalIndex"/>: parse, match all words (relaxing to any word when fewer
/// than <see cref="RelaxBelow"/> units match all), rank with <c>lm_rank</c>, rerank the top candidates
/// for exact diacritics and document-number jumps, then page, snippets and facets. Queries of words rank
/// from postings cached per generation (<see cref="Storage.Postings.PostingsCache"/>) with the same scores.
/// Each search reads one consistent snapshot of the index.
/// </summary>
public sealed partial class SearchEngine(LegalIndex index)
{
    /// <summary>When fewer units than this match every word, any word may match instead.</summary>
    public const int RelaxBelow = 10;

    /// <summary>Results that can be paged through.</summary>
    public const int MaxResults = 1000;

    /// <summary>Candidates reranked for exact diacritics.</summary>
    public const int RerankWindow = 100;

    private const string EmptyQueryNotice = "Hãy nhập từ khóa, số hiệu văn bản hoặc bộ lọc (ví dụ: loai:nghị-định nam:2020) để tìm kiếm.";

    /// <summary>Whether queries of words rank from cached postings (true) or through FTS5 and <c>lm_rank</c> alone; both give the same answer.</summary>
    internal bool UsePostings { get; init; } = true;

    /// <summary>
    /// Whether a query whose lists are not all cached reads them before answering (true), or is answered by
    /// FTS5 while they are read in the background (false, the default, when the cache can read ahead).
    /// </summary>
    internal bool ReadPostingsInline { get; init; }

    /// <summary>The ranking parameters in use.</summary>
    internal RankParameters Parameters { get; init; } = RankParameters.Default;

    /// <summary>Searches.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The page or page size is out of range (a caller bug; the API validates first).</exception>
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.PageSize, SearchRequest.MaxPageSize);
        if (request.Query.Length > QueryParser.MaxQueryLength)
        {
            // The answer echoes the query it searched: the part used, never a megabyte sent back.
            request = request with { Query = request.Query[..QueryParser.MaxQueryLength] + "…" };
        }

        var parsed = QueryParser.Parse(request.Query);
        var filters = parsed.Filters.Merge(request.Filters);
        var notices = new List<string>(parsed.Notices);
        if (!parsed.HasText && !filters.Any)
        {
            if (parsed.Excluded.Count == 0)
            {
                notices.Add(EmptyQueryNotice);
            }
            else
            {
                notices.Add("Truy vấn chỉ có từ loại trừ: hãy thêm từ khóa hoặc bộ lọc.");
            }

            return Empty(request, parsed, notices);
        }

        var pageEnd = (long)request.Page * request.PageSize;
        if (pageEnd > MaxResults)
        {
            notices.Add($"Chỉ xem được {MaxResults} kết quả đầu tiên; hãy thu hẹp truy vấn.");
            return Empty(request, parsed, notices);
        }

        using var connection = index.OpenConnection();
        using var transaction = connection.BeginTransaction(deferred: true);
        var generation = IndexSchema.ReadGeneration(connection, transaction);
        var stats = index.Statistics.Get(connection, transaction, generation);
        cancellationToken.ThrowIfCancellationRequested();

        try
        {
            return parsed.HasText || filters.NumberKeys.Count > 0
                ? SearchText(connection, transaction, generation, stats, request, parsed, filters, notices, (int)pageEnd, cancellationToken)
                : SearchFilters(connection, transaction, stats, request, parsed, filters, notices);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == Storage.Sqlite.SqliteNative.Error)
        {
            // Expressions are built from analysed tokens only; if SQLite still rejects one, say so instead of failing.
            notices.Add("Không thực hiện được truy vấn này; hãy diễn đạt lại.");
            return Empty(request, parsed, notices);
        }
    }

    private SearchResult SearchText(
        SqliteConnection connection, SqliteTransaction transaction, long generation, TermStatsSnapshot stats, SearchRequest request,
        ParsedQuery parsed, QueryFilters filters, List<string> notices, int pageEnd, CancellationToken cancellationToken)
    {
        var timings = new StageTimer();
        var references = parsed.HasText ? QueryReferenceReader.Read(request.Query, index.Names.Get(connection, transaction, generation)) : [];
        if (references.Any(r => r.ProvisionSpan is not null) && QueryParser.Parse(QueryReference.WithoutProvisionWords(request.Query, references)) is { HasText: true } rest)
        {
            parsed = rest; // the provision is found by its reference; the other words rank within and after it
        }

        var window = Math.Max(pageEnd, RerankWindow);
        var compiled = MatchCompiler.Compile(parsed, filters.NumberKeys, stats, Parameters, relaxed: false);
        var matches = new MatchCollector();
        var candidates = RankAny(connection, transaction, generation, compiled, filters, window, matches);
        timings.Mark("rank");
        if (request.AllowRelaxing && candidates.Count < RelaxBelow && MatchCompiler.CanRelax(parsed))
        {
            var relaxed = MatchCompiler.Compile(parsed, filters.NumberKeys, stats, Parameters, relaxed: true);
            var relaxedMatches = new MatchCollector();
            var more = RankAny(connection, transaction, generation, relaxed, filters, window, relaxedMatches);
            timings.Mark("relax");
            if (more.Count > candidates.Count)
            {
                notices.Add(candidates.Count == 0
                    ? "Không có kết quả chứa tất cả các từ; hiển thị kết quả chứa một phần các từ."
                    : "Ít kết quả chứa tất cả các từ; hiển thị thêm kết quả chứa một phần các từ.");
                (compiled, candidates, matches) = (relaxed, NamesADocumentOnly(references) ? AllWordsFirst(more, candidates) : more, relaxedMatches);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var pinned = 0;
        Dictionary<Storage.UnitId, Model.ProvisionPath>? within = null;
        IReadOnlyList<long> unmatchedPins = [];
        if (references.Count > 0)
        {
            var matched = candidates.Select(c => c.RowId).ToHashSet();
            (candidates, references, pinned, within) = Promote(connection, transaction, generation, compiled, filters, window, references, candidates, notices);
            // A named provision shown first without the other words in it is a result all the same: counted, and its
            // document in the facets ("2 quy định" above three cards would not add up). When the window held fewer
            // than every match, one that matched beyond it is counted twice: at most the few provisions named.
            unmatchedPins = [.. candidates.Take(pinned).Select(c => c.RowId).Where(r => !matched.Contains(r))];
            timings.Mark("references");
        }

        var highlighter = new Highlighter(parsed);
        candidates = Rerank(connection, transaction, stats, parsed, highlighter, candidates, pinned);
        var numberOnly = parsed.IsNumberOnly || (!parsed.HasText && filters.NumberKeys.Count > 0);
        if (!numberOnly)
        {
            candidates = Weigh(connection, transaction, candidates, pinned, index.Catalog.Get(connection, transaction, generation));
        }

        timings.Mark("rerank");
        if (numberOnly)
        {
            candidates = [.. candidates[..pinned], .. OnePerDocument(candidates[pinned..])]; // a named provision stays first
        }

        // The ranking pass saw every match: totals and facets come from what it collected.
        var matchedDocuments = unmatchedPins.Count == 0 ? matches.Documents
            : [.. matches.Documents.Concat(unmatchedPins.Select(LengthNorm.DocumentId)).Distinct().Order()];
        long documents = matchedDocuments.Count;
        // A number alone lists one card per document, after the provisions it names: as many as there are cards.
        var total = !numberOnly ? matches.Units + unmatchedPins.Count
            : matches.Units <= window ? candidates.Count
            : pinned + documents;
        var facets = request.IncludeFacets
            ? FacetsOf(matchedDocuments, index.Catalog.Get(connection, transaction, generation))
            : SearchFacets.Empty;
        timings.Mark("facets");
        var page = candidates.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var hits = LoadHits(connection, transaction, page, highlighter, request.IncludeSnippets, within);
        timings.Mark("hits");
        return new SearchResult(request.Query, parsed, request.Page, request.PageSize, total, documents, compiled.Relaxed, hits, facets, notices)
        {
            Timings = timings.Stages,
            References = references,
            UnitsScored = matches.Scored,
        };
    }

    private List<Candidate> RankAny(SqliteConnection connection, SqliteTransaction transaction, long generation, CompiledQuery query, QueryFilters filters, int limit, MatchCollector matches)
    {
        if (UsePostings && query.Terms is { } terms && (ReadPostingsInline || AllCached(generation, terms)))
        {
            try
            {
                return RankFromPostings(connection, transaction, generation, query, terms, filters, limit, matches);
            }
            catch (IndexFormatException)
            {
                // The full-text index holds a row no unit has (the index check reports it): FTS5 alone still answers.
                matches.Clear();
            }
        }

        var ranked = Rank(connection, transaction, query, filters, limit, matches);
        matches.Scored = matches.Units; // lm_rank scores every match
        return ranked;
    }

    /// <summary>
    /// When the query names a document (<see cref="NamesADocumentOnly"/>), the units that hold every word come before those that hold
    /// some, as the notice says ("hiển thị thêm …"): the named document's boost no longer buries, under its
    /// provisions that lack the other words, the one provision that has them all ("bãi bỏ Quyết định 12/2019" gave
    /// every article of 12/2019 before the article of 05/2025 that repeals it). Each keeps its relaxed score, raised by
    /// <see cref="RankParameters.AllWordsBoost"/>. Questions of words alone keep the relaxed order: putting all-word
    /// units first there lost dev nDCG@10 (0.9228 → 0.9141), long articles holding every word by chance.
    /// </summary>
    private List<Candidate> AllWordsFirst(List<Candidate> relaxed, List<Candidate> strict)
    {
        if (strict.Count == 0)
        {
            return relaxed;
        }

        var all = strict.Select(c => c.RowId).ToHashSet();
        var merged = relaxed.Select(c => all.Contains(c.RowId) ? c with { Score = c.Score + Parameters.AllWordsBoost } : c).ToList();
        var seen = relaxed.Select(c => c.RowId).ToHashSet();
        // A named document of more provisions than the window fills the relaxed window alone: what held every word
        // comes back with its own score.
        merged.AddRange(strict.Where(c => !seen.Contains(c.RowId)).Select(c => c with { Score = c.Score + Parameters.AllWordsBoost }));
        merged.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.RowId.CompareTo(b.RowId));
        return merged;
    }

    /// <summary>
    /// The query names a held document and no provision of it: a named provision is pinned first anyway, and a
    /// bare number the reader did not take for a document ("Điều 7 Quy chế 08/2021") keeps the relaxed order, in
    /// which that document's article comes before the reports that cite it with all the same words.
    /// </summary>
    private static bool NamesADocumentOnly(IReadOnlyList<QueryReference> references) =>
        references.Count > 0 && references.All(r => r.Path is null) && references.Any(r => r.DocumentIds.Count > 0);

    private static SearchResult Empty(SearchRequest request, ParsedQuery parsed, List<string> notices) =>
        new(request.Query, parsed, request.Page, request.PageSize, 0, 0, false, [], SearchFacets.Empty, notices);

    /// <summary>A ranked candidate: FTS rowid and score.</summary>
    internal readonly record struct Candidate(long RowId, double Score)
    {
        public UnitId UnitId => LengthNorm.UnitOf(RowId);

        public long DocumentId => LengthNorm.DocumentId(RowId);
    }
}
