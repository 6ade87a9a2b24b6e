using LawMonitor.Indexer.Analysis;

namespace LawMonitor.Indexer.Search;

/// <summary>
/// A token sink that adds <see cref="Weight"/> to <c>Frequencies[i]</c> for every word whose exact form
/// (diacritics included) is query word <c>i</c>; nothing allocated per token.
/// </summary>
internal struct ExactWordCounter(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> words, double[] frequencies) : ITokenSink
{
    /// <summary>What one occurrence adds (the weight of the column being read).</summary>
    public double Weight { get; set; }

    /// <summary>Weighted frequency of each query word.</summary>
    public readonly double[] Frequencies => frequencies;

    public readonly void OnWord(ReadOnlySpan<char> exact, ReadOnlySpan<char> folded, int start, int end, int position, bool isNumber)
    {
        if (words.TryGetValue(exact, out var i))
        {
            frequencies[i] += Weight;
        }
    }

    public readonly void OnKey(TokenKind kind, string key, int start, int end, int position)
    {
    }
}
