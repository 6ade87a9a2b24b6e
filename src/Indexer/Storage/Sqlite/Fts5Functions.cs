using System.Text;
using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage.Ranking;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>Registers LawMonitor's FTS5 auxiliary functions on a connection (FTS5 functions are per connection).</summary>
internal static unsafe class Fts5Functions
{
    private static readonly byte* ApiPointerType = (byte*)System.Runtime.InteropServices.Marshal.StringToCoTaskMemUTF8("fts5_api_ptr");
    private static readonly byte[] SelectApi = "SELECT fts5(?1)\0"u8.ToArray();

    /// <summary>Registers <c>lm_rank</c> and <c>lm_positions</c> on the open connection <paramref name="db"/>.</summary>
    public static void Register(IntPtr db)
    {
        var api = GetApi(db);
        RankFunction.Register(api);
        PositionsFunction.Register(api);
    }

    /// <summary>Creates the auxiliary function <paramref name="name"/> (a NUL-terminated UTF-8 string that lives forever).</summary>
    public static void Create(Fts5Api* api, byte* name, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void> function)
    {
        var rc = api->CreateFunction(api, name, null, (IntPtr)function, IntPtr.Zero);
        if (rc != SqliteNative.Ok)
        {
            throw new InvalidOperationException($"FTS5 refused an auxiliary function (SQLite code {rc})");
        }
    }

    /// <summary>Reports <paramref name="message"/> as the function's error.</summary>
    public static void Fail(IntPtr context, string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        fixed (byte* p = bytes)
        {
            SqliteNative.sqlite3_result_error(context, p, bytes.Length);
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
}
