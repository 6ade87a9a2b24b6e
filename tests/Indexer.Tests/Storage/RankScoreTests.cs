using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Storage.Ranking;

namespace LawMonitor.Indexer.Tests.Storage;

public sealed unsafe class RankScoreTests
{
    [Fact]
    public void WordsBound_IsNeverBelowTheScore()
    {
        var random = new Random(5);
        var parameters = RankParameters.Default;
        var weights = new double[5];
        for (var round = 0; round < 2000; round++)
        {
            var plan = new RankPlan(parameters, 20 + random.Next(200));
            var terms = random.Next(1, 6);
            for (var t = 0; t < terms; t++)
            {
                plan.AddTerm(random.NextDouble() * 6);
                plan.AddTermPhrase(t);
            }

            for (var t = 1; t < terms; t++)
            {
                plan.AddPair(t - 1, t, random.NextDouble() * 8);
            }

            // Random positions per word, sorted, in the columns words occur in.
            var positions = new List<int>();
            var tf = new double[terms];
            var start = new int[terms];
            var end = new int[terms];
            var blob = plan.ToBlob();
            fixed (byte* p = blob)
            {
                Assert.True(RankPlanView.TryRead(p, blob.Length, out var view));
                RankScore.ColumnWeights(view.Header, weights);
                for (var t = 0; t < terms; t++)
                {
                    start[t] = positions.Count;
                    var mine = Enumerable.Range(0, random.Next(0, 8)).Select(_ => RankScore.Pack(random.Next(1, 4), random.Next(0, 30))).Distinct().Order().ToList();
                    positions.AddRange(mine);
                    tf[t] = mine.Sum(x => weights[x >> 24]);
                    end[t] = positions.Count + 1;
                }

                var norm = RankScore.Norm(view.Header, LengthNorm.RowId(new UnitId(1), random.Next(1, 400)));
                var score = RankScore.Words(view, tf, start, end, positions.ToArray(), weights, norm);
                var bound = RankScore.WordsBound(view, tf, start, end, weights.Max(), norm);
                Assert.True(bound >= score, $"round {round}: bound {bound} < score {score}");
            }
        }
    }
}
