using System.Runtime.InteropServices;

namespace LawMonitor.SearchApi.Background;

/// <summary>
/// Runs background work (the detectors after an ingest batch) on a thread of its own at the lowest CPU
/// priority the system gives (nice 19 on Linux), so that searches, which run at normal priority, take the
/// cores first and the detectors use what is left. Measured in <c>bench --writes</c>.
/// </summary>
internal static partial class LowPriorityThread
{
    private const int PriorityOfProcess = 0; // PRIO_PROCESS: with a thread id, Linux sets that thread's nice value
    private const int Lowest = 19;

    /// <summary>Runs <paramref name="work"/> on a new low-priority thread and completes with its result.</summary>
    public static Task<T> Run<T>(Func<T> work, string name)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            Lower();
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = name,
            Priority = ThreadPriority.Lowest,
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>Whether the calling thread's nice value could be set (Linux only; elsewhere the thread priority is the hint).</summary>
    internal static bool Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return SetPriority(PriorityOfProcess, GetThreadId(), Lowest) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int SetPriority(int which, int who, int priority);
}
