using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LawMonitor.Indexer.Storage.Sqlite;

namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// The FTS5 auxiliary function <c>lm_rank(unit_fts, plan)</c>: BM25F over folded words, plus bigrams found
/// from word positions (adjacent query words in query order), plus keys and quoted phrases. It walks each
/// phrase's positions with xPhraseFirst/xPhraseNext rather than FTS5's merged instance array, which costs
/// less on the large rows common words produce. IDFs come from the
/// plan (LawMonitor's own term statistics), so FTS5 never scans a posting list to count documents; the length
/// comes from the rowid, so no length table is read. Every row it scores is reported to the
/// <see cref="MatchCollector"/> the query names, which gives totals and facets without a second pass. The arithmetic after
/// the positions are gathered is <see cref="RankScore"/>, shared with ranking from cached postings.
/// </summary>
internal static unsafe class RankFunction
{
    /// <summary>The SQL name of the function.</summary>
    public const string Name = "lm_rank";

    private static readonly byte* NativeName = (byte*)Marshal.StringToCoTaskMemUTF8(Name);

    /// <summary>Registers the function through the connection's FTS5 API.</summary>
    public static void Register(Fts5Api* api) => Fts5Functions.Create(api, NativeName, &Invoke);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Invoke(Fts5ExtensionApi* api, IntPtr fts, IntPtr context, int argumentCount, IntPtr* arguments)
    {
        try
        {
            var matches = argumentCount == 2 ? CallbackTarget.Resolve<MatchCollector>(arguments[1]) : null;
            if (matches is null)
            {
                Fts5Functions.Fail(context, "lm_rank expects two arguments: the rank plan and the match collector");
                return;
            }

            var blob = (byte*)SqliteNative.sqlite3_value_blob(arguments[0]);
            var size = SqliteNative.sqlite3_value_bytes(arguments[0]);
            if (!RankPlanView.TryRead(blob, size, out var plan))
            {
                Fts5Functions.Fail(context, "lm_rank: malformed rank plan");
                return;
            }

            matches.Add(api->Rowid(fts));
            SqliteNative.sqlite3_result_double(context, Score(api, fts, plan, matches));
        }
        catch (Exception e)
        {
            Fts5Functions.Fail(context, "lm_rank: " + e.Message);
        }
    }

    private static double Score(Fts5ExtensionApi* api, IntPtr fts, RankPlanView plan, MatchCollector matches)
    {
        var h = plan.Header;
        Span<double> columnWeight = stackalloc double[5];
        RankScore.ColumnWeights(h, columnWeight);
        Span<double> termTf = stackalloc double[Math.Max(1, h->TermCount)];
        Span<int> termStart = stackalloc int[Math.Max(1, h->TermCount)];
        Span<int> termEnd = stackalloc int[Math.Max(1, h->TermCount)];
        termTf.Clear();
        termEnd.Clear();
        var positions = matches.Positions;
        var used = 0;
        var ownNumber = false;
        var score = 0.0;
        var norm = RankScore.Norm(h, api->Rowid(fts));

        // One pass per phrase over its positions (no merged instance array): words record their positions,
        // sorted, for the bigram check; keys and quoted phrases just count.
        for (var p = 0; p < h->PhraseCount; p++)
        {
            var entry = plan.Phrases[p];
            var role = (PhraseRole)entry.Role;
            if (role == PhraseRole.Excluded || (role == PhraseRole.Term && ((uint)entry.Term >= (uint)h->TermCount || termEnd[entry.Term] > 0)))
            {
                continue; // a word repeated in the expression is counted once
            }

            Fts5PhraseIter iterator;
            int column, offset;
            api->PhraseFirst(fts, p, &iterator, &column, &offset);
            var tf = 0.0;
            var start = used;
            for (; column >= 0; api->PhraseNext(fts, &iterator, &column, &offset))
            {
                if ((uint)column >= (uint)columnWeight.Length)
                {
                    continue;
                }

                if (role == PhraseRole.Key && column == (int)IndexColumn.Number)
                {
                    ownNumber = true;
                    continue;
                }

                tf += columnWeight[column];
                if (role == PhraseRole.Term)
                {
                    if (used == positions.Length)
                    {
                        Array.Resize(ref positions, positions.Length * 2);
                        matches.Positions = positions;
                    }

                    positions[used++] = RankScore.Pack(column, offset);
                }
            }

            if (role == PhraseRole.Term)
            {
                termTf[entry.Term] = tf;
                termStart[entry.Term] = start;
                termEnd[entry.Term] = used + 1; // +1 so that an absent word still marks "seen"
            }
            else
            {
                score += RankScore.Saturate(entry.Idf, tf, h->K1, norm);
            }
        }

        score += RankScore.Words(plan, termTf, termStart, termEnd, positions.AsSpan(0, used), columnWeight, norm);
        return ownNumber ? score + h->NumberBoost : score;
    }
}
