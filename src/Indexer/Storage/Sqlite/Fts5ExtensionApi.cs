using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>The head of <c>Fts5ExtensionApi</c> (fts5.h) up to the members a ranking function needs.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5ExtensionApi
{
    public int Version;
    public IntPtr UserData;
    public IntPtr ColumnCount;
    public IntPtr RowCount;
    public IntPtr ColumnTotalSize;
    public IntPtr Tokenize;
    public IntPtr PhraseCount;
    public IntPtr PhraseSize;

    /// <summary><c>int xInstCount(Fts5Context*, int *pnInst)</c>.</summary>
    public delegate* unmanaged[Cdecl]<IntPtr, int*, int> InstCount;

    /// <summary><c>int xInst(Fts5Context*, int iIdx, int *piPhrase, int *piCol, int *piOff)</c>.</summary>
    public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int*, int*, int> Inst;

    /// <summary><c>sqlite3_int64 xRowid(Fts5Context*)</c>.</summary>
    public delegate* unmanaged[Cdecl]<IntPtr, long> Rowid;
}
