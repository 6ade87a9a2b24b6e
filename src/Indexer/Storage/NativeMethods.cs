using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage;

/// <summary>The one system call the raw file store makes itself.</summary>
internal static partial class NativeMethods
{
    /// <summary>Linux <c>syncfs(2)</c>: writes out the file system holding <paramref name="fd"/>; 0 on success.</summary>
    [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    internal static partial int SyncFileSystem(int fd);
}
