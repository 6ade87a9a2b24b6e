using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Ranking;

namespace LawMonitor.Indexer.Tests.Storage.Postings;

/// <summary>Impacts bound what a word or a bigram adds to a unit's score: never below it, at most one level above.</summary>
public sealed class ImpactsTests
{
    private static readonly ImpactParameters Parameters = new(K1: 1.2, B: 0.65, AverageLength: 184, Number: 3, Title: 1, Heading: 5, Body: 1, Refs: 0.5);

    /// <summary>A universe of units of one document, each of the given length in words.</summary>
    private static PostingUniverse UniverseOf(params int[] lengths) =>
        new(lengths.Select((length, i) => LengthNorm.RowId(new UnitId(i + 1), length)).ToArray());

    [Fact]
    public void Quantise_NeverUnderstatesTheSaturation_AndOverstatesItByLessThanOneLevel()
    {
        var random = new Random(41);
        for (var n = 0; n < 20_000; n++)
        {
            var tf = random.Next(4) == 0 ? random.Next(1, 6) * Parameters.Heading : random.NextDouble() * 40;
            var rowId = LengthNorm.RowId(new UnitId(n + 1), random.Next(1, 5_000));
            var length = LengthNorm.Decode(LengthNorm.Code(rowId));
            var norm = Parameters.K1 * (1 - Parameters.B + (Parameters.B * length / Parameters.AverageLength));
            var exact = RankScore.Saturate(1, tf, Parameters.K1, norm);

            var level = Parameters.Quantise(tf, rowId);

            Assert.True(level * Parameters.Step >= exact, $"tf {tf}, length {length}: level {level} is below {exact}");
            Assert.True(level * Parameters.Step - exact < Parameters.Step * 1.0001, $"tf {tf}, length {length}: level {level} is more than one step above {exact}");
        }

        Assert.Equal(0, Parameters.Quantise(0, LengthNorm.RowId(new UnitId(1), 10)));
    }

    [Fact]
    public void ImpactsOf_KeepsTheGreatestOfEachBlockOf64Units()
    {
        var impacts = Impacts.Of(Parameters, [1, 5, 63, 64, 130, 191], [7, 9, 3, 2, 200, 201], universeSize: 200);

        Assert.Equal([9, 2, 201, 0], impacts.BlockMax);
    }

    [Fact]
    public void PostingListImpacts_SumTheColumnWeightsOfEachEntry()
    {
        var universe = UniverseOf(10, 300, 40);
        // Unit 0: once in the heading; unit 2: twice in the body and once in the title.
        var list = new PostingList([0, 2], [0, 1, 4], [RankScore.Pack(2, 0), RankScore.Pack(1, 0), RankScore.Pack(3, 4), RankScore.Pack(3, 9)], universe.Count);

        var impacts = list.ImpactsUnder(Parameters, universe);

        Assert.Equal([Parameters.Quantise(5, universe.RowIds[0]), Parameters.Quantise(3, universe.RowIds[2])], impacts.Values);
        Assert.Same(impacts, list.ImpactsUnder(Parameters, universe)); // kept for the parameters
        Assert.NotSame(impacts, list.ImpactsUnder(Parameters with { AverageLength = 90 }, universe));
    }

    [Fact]
    public void PairImpacts_HoldExactlyTheUnitsWhereTheSecondWordFollowsTheFirst_WeighedByItsColumn()
    {
        var random = new Random(7);
        const int units = 300;
        var universe = UniverseOf(Enumerable.Range(0, units).Select(_ => random.Next(5, 400)).ToArray());

        // Two words at random offsets in random columns; sometimes one directly after the other.
        var first = new List<int>[units];
        var second = new List<int>[units];
        for (var u = 0; u < units; u++)
        {
            first[u] = [];
            second[u] = [];
            foreach (var _ in Enumerable.Range(0, random.Next(0, 4)))
            {
                var column = random.Next(1, 4);
                var offset = random.Next(0, 50);
                first[u].Add(RankScore.Pack(column, offset));
                if (random.Next(2) == 0)
                {
                    second[u].Add(RankScore.Pack(column, offset + 1));
                }
            }

            foreach (var _ in Enumerable.Range(0, random.Next(0, 3)))
            {
                second[u].Add(RankScore.Pack(random.Next(1, 4), random.Next(0, 50)));
            }
        }

        var a = ListFrom(first, universe.Count);
        var b = ListFrom(second, universe.Count);

        var pair = PairImpacts.Derive(a, b, Parameters, universe);

        var expected = Enumerable.Range(0, units)
            .Select(u => (Unit: u, Tf: second[u].Distinct().Where(p => first[u].Contains(p - 1)).Sum(p => Parameters.Weight(p >> 24))))
            .Where(x => x.Tf > 0).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(x => x.Unit), pair.Ordinals);
        Assert.Equal(expected.Select(x => Parameters.Quantise(x.Tf, universe.RowIds[x.Unit])), pair.Impacts.Values);
        Assert.Equal(Parameters, pair.Parameters);
    }

    private static PostingList ListFrom(List<int>[] positions, int universeSize)
    {
        var ordinals = new List<int>();
        var starts = new List<int> { 0 };
        var all = new List<int>();
        for (var u = 0; u < positions.Length; u++)
        {
            var sorted = positions[u].Distinct().Order().ToList();
            if (sorted.Count == 0)
            {
                continue;
            }

            ordinals.Add(u);
            all.AddRange(sorted);
            starts.Add(all.Count);
        }

        return new PostingList([.. ordinals], [.. starts], [.. all], universeSize);
    }
}
