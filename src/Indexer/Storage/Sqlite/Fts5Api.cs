using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>The head of <c>fts5_api</c> (fts5.h), as far as LawMonitor uses it.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5Api
{
    public int Version;
    public IntPtr CreateTokenizer;
    public IntPtr FindTokenizer;

    /// <summary><c>int xCreateFunction(fts5_api*, const char *zName, void *pUserData, fts5_extension_function, void (*xDestroy)(void*))</c>.</summary>
    public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, void*, IntPtr, IntPtr, int> CreateFunction;
}
