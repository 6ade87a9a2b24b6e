using LawMonitor.Indexer.Storage.Postings;

namespace LawMonitor.Indexer.Search;

/// <summary>
/// The postings of a quoted phrase, made from its words' cached lists: the units where the words follow one another
/// in one column, each with the position of every such run's first word — what FTS5 reports as the phrase's
/// instances (runs may overlap, "a a" in "a a a" twice). Built per search from the rarest word's list, asking the
/// others for the unit (a bit test or a binary search) and each run's positions (a binary search).
/// </summary>
internal static class PhrasePostings
{
    /// <summary>The phrase of <paramref name="words"/>' lists, in order, over a universe of <paramref name="universeSize"/> units.</summary>
    public static PostingList Of(PostingList[] words, int universeSize)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Length <= 1)
        {
            return words.Length == 1 ? words[0] : new PostingList([], [0], [], universeSize);
        }

        var driver = 0;
        for (var k = 1; k < words.Length; k++)
        {
            if (words[k].Count < words[driver].Count)
            {
                driver = k;
            }
        }

        var lead = words[driver];
        var entries = new int[words.Length];
        var ordinals = new List<int>();
        var starts = new List<int> { 0 };
        var positions = new List<int>();
        for (var i = 0; i < lead.Count; i++)
        {
            var unit = lead.Ordinals[i];
            if (!Holds(words, unit, entries))
            {
                continue;
            }

            var before = positions.Count;
            for (var p = lead.Starts[i]; p < lead.Starts[i + 1]; p++)
            {
                var first = lead.Positions[p] - driver; // where the phrase would start
                if (first < 0 || (first >> 24) != (lead.Positions[p] >> 24))
                {
                    continue; // it would start in another column
                }

                if (Follows(words, entries, first))
                {
                    positions.Add(first);
                }
            }

            if (positions.Count > before)
            {
                ordinals.Add(unit); // the lead's positions ascend, and so do the starts taken from them
                starts.Add(positions.Count);
            }
        }

        return new PostingList([.. ordinals], [.. starts], [.. positions], universeSize);
    }

    /// <summary>Whether every word occurs in <paramref name="unit"/>; each one's entry into <paramref name="entries"/>.</summary>
    private static bool Holds(PostingList[] words, int unit, int[] entries)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if ((entries[k] = words[k].Find(unit)) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether word k occurs at <paramref name="first"/> + k, for every k.</summary>
    private static bool Follows(PostingList[] words, int[] entries, int first)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var list = words[k];
            var from = list.Starts[entries[k]];
            if (Array.BinarySearch(list.Positions, from, list.Starts[entries[k] + 1] - from, first + k) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
