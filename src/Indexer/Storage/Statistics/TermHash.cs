using System.Numerics;

namespace LawMonitor.Indexer.Storage.Statistics;

/// <summary>
/// 64-bit identities of the things LawMonitor counts document frequencies for: folded words, ordered word
/// pairs (bigrams) and keys. FNV-1a over UTF-16 code units, finished with a SplitMix64 mixer; with a few
/// million distinct terms the chance of any collision is below one in a million.
/// </summary>
internal static class TermHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The hash of a folded word or a key token ("#19/2020/nd-cp").</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Mix(h);
    }

    /// <summary>The hash of <paramref name="first"/> immediately followed by <paramref name="second"/>.</summary>
    public static ulong Pair(ulong first, ulong second) =>
        Mix(first ^ BitOperations.RotateLeft(second, 31) ^ 0x632BE59BD9B4E019UL);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
