namespace LawMonitor.Indexer.Storage.Statistics;

/// <summary>
/// The stored form of a <see cref="TermStatsRun"/>: "LMS1", then varints: entry count, unit and length totals
/// (zig-zag), then for each entry the gap from the previous term and the count (zig-zag). About 5–7 bytes an entry.
/// </summary>
internal static class TermStatsCodec
{
    private static ReadOnlySpan<byte> Magic => "LMS1"u8;

    /// <summary>Encodes a run.</summary>
    public static byte[] Encode(TermStatsRun run)
    {
        using var stream = new MemoryStream((run.Terms.Length * 7) + 32);
        stream.Write(Magic);
        WriteVarint(stream, (ulong)run.Terms.Length);
        WriteVarint(stream, ZigZag(run.Units));
        WriteVarint(stream, ZigZag(run.Tokens));
        ulong previous = 0;
        for (var i = 0; i < run.Terms.Length; i++)
        {
            WriteVarint(stream, run.Terms[i] - previous);
            WriteVarint(stream, ZigZag(run.Counts[i]));
            previous = run.Terms[i];
        }

        return stream.ToArray();
    }

    /// <summary>Decodes a run; a damaged blob is reported as an error, never half-read.</summary>
    public static TermStatsRun Decode(ReadOnlySpan<byte> data)
    {
        if (!data.StartsWith(Magic))
        {
            throw new InvalidDataException("term statistics: not an LMS1 record");
        }

        var position = Magic.Length;
        var count = checked((int)ReadVarint(data, ref position));
        var units = UnZigZag(ReadVarint(data, ref position));
        var tokens = UnZigZag(ReadVarint(data, ref position));
        var terms = new ulong[count];
        var counts = new int[count];
        ulong previous = 0;
        for (var i = 0; i < count; i++)
        {
            previous += ReadVarint(data, ref position);
            terms[i] = previous;
            counts[i] = checked((int)UnZigZag(ReadVarint(data, ref position)));
        }

        return position == data.Length
            ? new TermStatsRun(terms, counts, units, tokens)
            : throw new InvalidDataException("term statistics: trailing bytes");
    }

    private static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("term statistics: truncated record");
            }

            var b = data[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("term statistics: varint too long");
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
