namespace LawMonitor.Indexer.Storage.Statistics;

/// <summary>
/// Changes to document frequencies made by one write batch: +1 for every distinct term of an added unit,
/// -1 for every distinct term of a removed one, with the change in unit count and total length.
/// </summary>
/// <remarks>
/// An open-addressing table keyed by the (already mixed) 64-bit term hash, with linear probing: counting
/// terms was the largest cost of indexing after analysis itself, and a <see cref="Dictionary{TKey,TValue}"/>
/// took twice as long. Each slot remembers the last unit that counted it, so a term repeated within a
/// unit counts once.
/// </remarks>
internal sealed class TermStatsDelta
{
    private const int InitialBits = 16;

    private Slot[] slots = new Slot[1 << InitialBits];
    private int bits = InitialBits;
    private int used;
    private bool zeroSeen;
    private Slot zeroSlot;
    private int unit;

    /// <summary>Change in the number of units.</summary>
    public long Units { get; private set; }

    /// <summary>Change in the total length of units, in words.</summary>
    public long Tokens { get; private set; }

    /// <summary>Whether the batch changed nothing.</summary>
    public bool IsEmpty => Units == 0 && Tokens == 0 && used == 0 && !zeroSeen;

    /// <summary>
    /// Counts a unit in (<paramref name="sign"/> = 1) or out (-1). A term listed several times in
    /// <paramref name="terms"/> counts once.
    /// </summary>
    public void AddUnit(ReadOnlySpan<ulong> terms, int length, int sign)
    {
        Units += sign;
        Tokens += (long)length * sign;
        unit++;
        foreach (var term in terms)
        {
            ref var slot = ref Find(term);
            if (slot.LastUnit != unit)
            {
                slot.LastUnit = unit;
                slot.Count += sign;
            }
        }
    }

    /// <summary>The non-zero changes sorted by term.</summary>
    public (ulong[] Terms, int[] Counts) ToSorted()
    {
        var entries = new List<(ulong Term, int Count)>(used + 1);
        if (zeroSeen && zeroSlot.Count != 0)
        {
            entries.Add((0, zeroSlot.Count));
        }

        foreach (var slot in slots)
        {
            if (slot.Key != 0 && slot.Count != 0)
            {
                entries.Add((slot.Key, slot.Count));
            }
        }

        entries.Sort((a, b) => a.Term.CompareTo(b.Term));
        return (entries.Select(e => e.Term).ToArray(), entries.Select(e => e.Count).ToArray());
    }

    /// <summary>Forgets everything counted.</summary>
    public void Clear()
    {
        if (used > 0)
        {
            slots = new Slot[1 << InitialBits];
            bits = InitialBits;
        }

        used = 0;
        zeroSeen = false;
        zeroSlot = default;
        unit = 0;
        Units = 0;
        Tokens = 0;
    }

    private ref Slot Find(ulong term)
    {
        if (term == 0)
        {
            zeroSeen = true;
            return ref zeroSlot;
        }

        var mask = slots.Length - 1;
        var i = (int)(term >> (64 - bits));
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Key == term)
            {
                return ref slot;
            }

            if (slot.Key == 0)
            {
                if ((used + 1) * 4 > slots.Length * 3)
                {
                    Grow();
                    return ref Find(term);
                }

                slot.Key = term;
                used++;
                return ref slot;
            }

            i = (i + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = slots;
        bits++;
        slots = new Slot[1 << bits];
        var mask = slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Key == 0)
            {
                continue;
            }

            var i = (int)(slot.Key >> (64 - bits));
            while (slots[i].Key != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = slot;
        }
    }

    private struct Slot
    {
        public ulong Key;
        public int Count;
        public int LastUnit;
    }
}
