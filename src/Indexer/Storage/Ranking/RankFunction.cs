using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using LawMonitor.Indexer.Storage.Sqlite;

namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// The FTS5 auxiliary function <c>lm_rank(unit_fts, plan)</c>: BM25F over folded words, plus bigrams found
/// from word positions (adjacent query words in query order), plus keys and quoted phrases. IDFs come from the
/// plan (LawMonitor's own term statistics), so FTS5 never scans a posting list to count documents; the length
/// comes from the rowid, so no length table is read.
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
        Span<double> pairTf = stackalloc double[Math.Max(1, h.PairCount)];
        Span<double> phraseTf = stackalloc double[Math.Max(1, h.PhraseCount)];
        termTf.Clear();
        pairTf.Clear();
        phraseTf.Clear();

        int instances;
        api->InstCount(fts, &instances);
        var ownNumber = false;
        int currentColumn = -1, currentOffset = -2;
        ulong currentMask = 0, previousMask = 0;

        for (var k = 0; k < instances; k++)
        {
            int phrase, column, offset;
            if (api->Inst(fts, k, &phrase, &column, &offset) != SqliteNative.Ok || (uint)phrase >= (uint)h.PhraseCount || (uint)column >= (uint)columnWeight.Length)
            {
                continue;
            }

            var entry = phrases[phrase];
            var weight = columnWeight[column];
            switch ((PhraseRole)entry.Role)
            {
                case PhraseRole.Key when column == (int)IndexColumn.Number:
                    ownNumber = true;
                    continue;
                case PhraseRole.Key or PhraseRole.Phrase:
                    phraseTf[phrase] += weight;
                    continue;
                case PhraseRole.Term when (uint)entry.Term < (uint)h.TermCount:
                    break;
                default:
                    continue;
            }

            // Instances arrive in position order. A word found twice at one position (the same word in two
            // phrases of the expression) counts once. Bigrams: a word whose predecessor position held the
            // pair's first word.
            if (column != currentColumn || offset != currentOffset)
            {
                previousMask = column == currentColumn && offset == currentOffset + 1 ? currentMask : 0;
                currentColumn = column;
                currentOffset = offset;
                currentMask = 0;
            }

            var term = entry.Term;
            var bit = 1UL << term;
            if ((currentMask & bit) != 0)
            {
                continue;
            }

            currentMask |= bit;
            termTf[term] += weight;
            if (previousMask == 0)
            {
                continue;
            }

            for (var p = 0; p < h.PairCount; p++)
            {
                if (pairs[p].Second == term && (uint)pairs[p].First < 64 && (previousMask & (1UL << pairs[p].First)) != 0)
                {
                    pairTf[p] += weight;
                }
            }
        }

        var length = LengthNorm.Decode(LengthNorm.Code(api->Rowid(fts)));
        var norm = h.K1 * (1 - h.B + (h.B * length / h.AverageLength));
        var score = ownNumber ? h.NumberBoost : 0;
        for (var t = 0; t < h.TermCount; t++)
        {
            score += Saturate(termIdf[t], termTf[t], h.K1, norm);
        }

        for (var p = 0; p < h.PairCount; p++)
        {
            score += Saturate(pairs[p].Idf, pairTf[p], h.K1, norm);
        }

        for (var p = 0; p < h.PhraseCount; p++)
        {
            score += Saturate(phrases[p].Idf, phraseTf[p], h.K1, norm);
        }

        return score;
    }

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
