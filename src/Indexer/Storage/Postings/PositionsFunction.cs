using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LawMonitor.Indexer.Storage.Ranking;
using LawMonitor.Indexer.Storage.Sqlite;

namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// The FTS5 auxiliary function <c>lm_positions(unit_fts)</c>: reports the current row and the positions of
/// the expression's first phrase in it (columns the ranking knows, packed as <see cref="RankScore.Pack"/>)
/// to the thread's <see cref="PostingListBuilder"/>; its value is NULL. It is how a token's postings are read
/// once into a <see cref="PostingList"/>.
/// </summary>
internal static unsafe class PositionsFunction
{
    /// <summary>The SQL name of the function.</summary>
    public const string Name = "lm_positions";

    private const int Columns = 5;

    private static readonly byte* NativeName = (byte*)Marshal.StringToCoTaskMemUTF8(Name);

    /// <summary>Registers the function through the connection's FTS5 API.</summary>
    public static void Register(Fts5Api* api) => Fts5Functions.Create(api, NativeName, &Invoke);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Invoke(Fts5ExtensionApi* api, IntPtr fts, IntPtr context, int argumentCount, IntPtr* arguments)
    {
        try
        {
            var builder = argumentCount == 1 ? CallbackTarget.Resolve<PostingListBuilder>(arguments[0]) : null;
            if (builder is null)
            {
                Fts5Functions.Fail(context, "lm_positions expects one argument: the posting list being read");
                return;
            }

            builder.BeginRow(api->Rowid(fts));
            Fts5PhraseIter iterator;
            int column, offset;
            api->PhraseFirst(fts, 0, &iterator, &column, &offset);
            for (; column >= 0; api->PhraseNext(fts, &iterator, &column, &offset))
            {
                if ((uint)column < Columns)
                {
                    builder.Add(RankScore.Pack(column, offset));
                }
            }

            // No result call: the value is NULL.
        }
        catch (Exception e)
        {
            Fts5Functions.Fail(context, "lm_positions: " + e.Message);
        }
    }
}
