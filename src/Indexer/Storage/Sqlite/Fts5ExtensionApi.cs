using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary>
/// The head of <c>Fts5ExtensionApi</c> (fts5.h) up to the members a ranking function needs. The members it
/// calls per row are short, non-blocking reads of FTS5's per-row state, so they skip the GC transition.
/// </summary>
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
    public IntPtr InstCount;
    public IntPtr Inst;

    /// <summary><c>sqlite3_int64 xRowid(Fts5Context*)</c>.</summary>
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, long> Rowid;

    public IntPtr ColumnText;
    public IntPtr ColumnSize;
    public IntPtr QueryPhrase;
    public IntPtr SetAuxdata;
    public IntPtr GetAuxdata;

    /// <summary><c>int xPhraseFirst(Fts5Context*, int iPhrase, Fts5PhraseIter*, int *piCol, int *piOff)</c>.</summary>
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, Fts5PhraseIter*, int*, int*, int> PhraseFirst;

    /// <summary><c>void xPhraseNext(Fts5Context*, Fts5PhraseIter*, int *piCol, int *piOff)</c>.</summary>
    public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, Fts5PhraseIter*, int*, int*, void> PhraseNext;
}
