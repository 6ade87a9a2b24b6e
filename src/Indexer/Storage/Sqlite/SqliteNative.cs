using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>
/// The few SQLite C functions LawMonitor calls directly, from the same e_sqlite3 library that
/// Microsoft.Data.Sqlite loads: enough to reach the FTS5 API and to implement a ranking function.
/// </summary>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    public const int Ok = 0;
    public const int Error = 1;
    public const int Row = 100;
    public const int Done = 101;

    [LibraryImport(Library)]
    public static partial int sqlite3_prepare_v2(IntPtr db, byte* sql, int length, out IntPtr statement, IntPtr tail);

    [LibraryImport(Library)]
    public static partial int sqlite3_bind_pointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport(Library)]
    public static partial int sqlite3_step(IntPtr statement);

    [LibraryImport(Library)]
    public static partial int sqlite3_finalize(IntPtr statement);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial void sqlite3_result_double(IntPtr context, double value);

    [LibraryImport(Library)]
    public static partial void sqlite3_result_error(IntPtr context, byte* message, int length);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial void* sqlite3_value_blob(IntPtr value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial int sqlite3_value_bytes(IntPtr value);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    public static partial long sqlite3_value_int64(IntPtr value);
}
