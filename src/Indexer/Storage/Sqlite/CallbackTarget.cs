using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>
/// The object one of our FTS5 functions reports to, named by the query that calls it: a GC handle's address bound
/// as an integer parameter (<c>lm_rank(unit_fts, $plan, $target)</c>), so each statement says where its rows go
/// and no state passes between the SQLite callback and the engine through the thread. Only our own statements
/// call these functions, with addresses made here; the handle lives until the statement's reader is done.
/// </summary>
internal sealed class CallbackTarget : IDisposable
{
    private GCHandle handle;

    public CallbackTarget(object target) => handle = GCHandle.Alloc(target);

    /// <summary>The value to bind as the function's argument.</summary>
    public long Address => GCHandle.ToIntPtr(handle).ToInt64();

    public void Dispose()
    {
        if (handle.IsAllocated)
        {
            handle.Free();
        }
    }

    /// <summary>The object a function argument names, or null when it names none (0) or another type.</summary>
    public static T? Resolve<T>(IntPtr value)
        where T : class
    {
        var address = SqliteNative.sqlite3_value_int64(value);
        return address == 0 ? null : GCHandle.FromIntPtr(new IntPtr(address)).Target as T;
    }
}
