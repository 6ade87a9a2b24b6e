namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// What a word's BM25 saturation in a unit depends on besides its occurrences: k1, b, the average unit length
/// and the column weights; and how that saturation is kept as a byte that never understates it.
/// </summary>
internal readonly record struct ImpactParameters(double K1, double B, double AverageLength, double Number, double Title, double Heading, double Body, double Refs)
{
    /// <summary>Impact levels a byte holds above zero.</summary>
    private const int Levels = 255;

    /// <summary>The saturation one impact level stands for: a byte <c>q</c> bounds a saturation of at most <c>q · Step</c>.</summary>
    public double Step => (K1 + 1) / Levels;

    /// <summary>The weight of an occurrence in column <paramref name="column"/> (<see cref="Ranking.IndexColumn"/>).</summary>
    public double Weight(int column) => column switch
    {
        0 => Number,
        1 => Title,
        2 => Heading,
        3 => Body,
        4 => Refs,
        _ => 0,
    };

    /// <summary>
    /// The saturation <c>tf·(k1+1)/(tf+norm)</c> of weighted frequency <paramref name="tf"/> in the unit whose FTS
    /// rowid is <paramref name="rowId"/> (its norm as <see cref="Ranking.RankScore.Norm"/> computes it), as the
    /// least level whose <see cref="Step"/> multiple is not below it. The saturation is below k1+1, so it fits.
    /// </summary>
    public byte Quantise(double tf, long rowId)
    {
        if (tf <= 0)
        {
            return 0;
        }

        var length = Ranking.LengthNorm.Decode(Ranking.LengthNorm.Code(rowId));
        var norm = K1 * (1 - B + (B * length / AverageLength));
        var impact = tf * (K1 + 1) / (tf + norm);
        var level = (int)Math.Ceiling(impact / Step * (1 + 1e-12));
        return (byte)Math.Clamp(level, 1, Levels);
    }
}
