using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage.Sqlite;

/// <summary><c>Fts5PhraseIter</c> (fts5.h): FTS5's cursor over one phrase's positions in the current row.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Fts5PhraseIter
{
    public IntPtr A;
    public IntPtr B;
}
