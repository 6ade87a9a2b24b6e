using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using LawMonitor.Indexer.Storage.Sqlite;

namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// The FTS5 auxiliary function <c>lm_rank(unit_fts, plan)</c>: BM25F over folded words, plus bigrams found
/// from word positions (adjacent query words in query order), plus keys and quoted phrases. It walks each
/// phrase's positions with xPhraseFirst/xPhraseNext rather than FTS5's merged instance array, which costs
/// less on the large rows common words produce. IDFs come from the
/// plan (LawMonitor's own term statistics), so FTS5 never scans a posting list to count documents; the length
/// comes from the rowid, so no length table is read. Every row it scores is reported to the thread's
/// <see cref="MatchCollector"/>, which gives totals and facets without a second pass.
/// </summary>
internal static unsafe class RankFunction
{
    /// <summary>The SQL name of the function.</summary>
    public const string Name = "lm_rank";

    private static readonly byte* NativeName = (byte*)Marshal.StringToCoTaskMemUTF8(Name);
    private static readonly byte* ApiPointerType = (byte*)Marshal.StringToCoTaskMemUTF8("fts5_api_ptr");
    private static readonly byte[] SelectApi = "SELECT fts5(?1)\0"u8.ToArray();

    /// <summary>Registers the function on an open connection (FTS5 functions are per connection).</summary>
    public static void Register(IntPtr db)
    {
        var api = GetApi(db);
        var rc = api->CreateFunction(api, NativeName, null, (IntPtr)(delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>)&Invoke, IntPtr.Zero);
        if (rc != SqliteNative.Ok)
        {
            throw new InvalidOperationException($"FTS5 refused the ranking function (SQLite code {rc})");
        }
    }

    private static Fts5Api* GetApi(IntPtr db)
    {
        Fts5Api* api = null;
        fixed (byte* sql = SelectApi)
        {
            if (SqliteNative.sqlite3_prepare_v2(db, sql, -1, out var statement, IntPtr.Zero) != SqliteNative.Ok)
            {
                throw new InvalidOperationException("this SQLite build has no FTS5");
            }

            var bound = SqliteNative.sqlite3_bind_pointer(statement, 1, &api, ApiPointerType, IntPtr.Zero);
            var stepped = bound == SqliteNative.Ok ? SqliteNative.sqlite3_step(statement) : bound;
            _ = SqliteNative.sqlite3_finalize(statement);
            if (stepped is not (SqliteNative.Row or SqliteNative.Done))
            {
                throw new InvalidOperationException($"could not reach the FTS5 API (SQLite code {stepped})");
            }
        }

        return api != null && api->Version >= 2 ? api : throw new InvalidOperationException("FTS5 API not available");
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Invoke(Fts5ExtensionApi* api, IntPtr fts, IntPtr context, int argumentCount, IntPtr* arguments)
    {
        try
        {
            if (argumentCount != 1)
            {
                Fail(context, "lm_rank expects one argument: the rank plan");
                return;
            }

            var blob = (byte*)SqliteNative.sqlite3_value_blob(arguments[0]);
            var size = SqliteNative.sqlite3_value_bytes(arguments[0]);
            if (!TryReadPlan(blob, size, out var header, out var phrases, out var termIdf, out var pairs))
            {
                Fail(context, "lm_rank: malformed rank plan");
                return;
            }

            MatchCollector.Current?.Add(api->Rowid(fts));
            SqliteNative.sqlite3_result_double(context, Score(api, fts, header, phrases, termIdf, pairs));
        }
        catch (Exception e)
        {
            Fail(context, "lm_rank: " + e.Message);
        }
    }

    private static bool TryReadPlan(byte* blob, int size, out RankPlanHeader* header, out RankPlanPhrase* phrases, out double* termIdf, out RankPlanPair* pairs)
    {
        header = (RankPlanHeader*)blob;
        phrases = null;
        termIdf = null;
        pairs = null;
        if (blob == null || size < sizeof(RankPlanHeader))
        {
            return false;
        }

        var h = *header;
        if (h.PhraseCount < 0 || h.TermCount is < 0 or > RankPlan.MaxTerms || h.PairCount < 0
            || size != sizeof(RankPlanHeader) + (h.PhraseCount * sizeof(RankPlanPhrase)) + (h.TermCount * sizeof(double)) + (h.PairCount * sizeof(RankPlanPair)))
        {
            return false;
        }

        phrases = (RankPlanPhrase*)(blob + sizeof(RankPlanHeader));
        termIdf = (double*)(phrases + h.PhraseCount);
        pairs = (RankPlanPair*)(termIdf + h.TermCount);
        return true;
    }

    private static double Score(Fts5ExtensionApi* api, IntPtr fts, RankPlanHeader* header, RankPlanPhrase* phrases, double* termIdf, RankPlanPair* pairs)
    {
        var h = *header;
        Span<double> columnWeight = [h.WeightNumber, h.WeightTitle, h.WeightHeading, h.WeightBody, h.WeightRefs];
        Span<double> termTf = stackalloc double[Math.Max(1, h.TermCount)];
        Span<int> termStart = stackalloc int[Math.Max(1, h.TermCount)];
        Span<int> termEnd = stackalloc int[Math.Max(1, h.TermCount)];
        termTf.Clear();
        termEnd.Clear();
        var positions = PositionBuffer ??= new int[256];
        var used = 0;
        var ownNumber = false;
        var score = 0.0;
        var length = LengthNorm.Decode(LengthNorm.Code(api->Rowid(fts)));
        var norm = h.K1 * (1 - h.B + (h.B * length / h.AverageLength));

        // One pass per phrase over its positions (no merged instance array): words record their positions,
        // sorted, for the bigram check; keys and quoted phrases just count.
        for (var p = 0; p < h.PhraseCount; p++)
        {
            var entry = phrases[p];
            var role = (PhraseRole)entry.Role;
            if (role == PhraseRole.Excluded || (role == PhraseRole.Term && ((uint)entry.Term >= (uint)h.TermCount || termEnd[entry.Term] > 0)))
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
                        PositionBuffer = positions;
                    }

                    positions[used++] = (column << 24) | Math.Min(offset, 0xFFFFFF);
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
                score += Saturate(entry.Idf, tf, h.K1, norm);
            }
        }

        for (var t = 0; t < h.TermCount; t++)
        {
            score += Saturate(termIdf[t], termTf[t], h.K1, norm);
        }

        // Bigrams: positions of the pair's second word whose predecessor holds the first word (both lists sorted).
        for (var p = 0; p < h.PairCount; p++)
        {
            var pair = pairs[p];
            if ((uint)pair.First >= (uint)h.TermCount || (uint)pair.Second >= (uint)h.TermCount)
            {
                continue;
            }

            int a = termStart[pair.First], aEnd = termEnd[pair.First] - 1, b = termStart[pair.Second], bEnd = termEnd[pair.Second] - 1;
            var tf = 0.0;
            while (a < aEnd && b < bEnd)
            {
                var want = positions[b] - 1;
                if (positions[a] < want)
                {
                    a++;
                }
                else
                {
                    if (positions[a] == want)
                    {
                        tf += columnWeight[positions[b] >> 24];
                    }

                    b++;
                }
            }

            score += Saturate(pair.Idf, tf, h.K1, norm);
        }

        return ownNumber ? score + h.NumberBoost : score;
    }

    [ThreadStatic]
    private static int[]? PositionBuffer;

    private static double Saturate(double idf, double tf, double k1, double norm) =>
        tf <= 0 ? 0 : idf * tf * (k1 + 1) / (tf + norm);

    private static void Fail(IntPtr context, string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        fixed (byte* p = bytes)
        {
            SqliteNative.sqlite3_result_error(context, p, bytes.Length);
        }
    }
}
