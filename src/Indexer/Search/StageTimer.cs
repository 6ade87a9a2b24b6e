using System.Diagnostics;

namespace LawMonitor.Indexer.Search;

/// <summary>Elapsed milliseconds per named stage of a search.</summary>
internal sealed class StageTimer
{
    private readonly Dictionary<string, double> stages = new(StringComparer.Ordinal);
    private long last = Stopwatch.GetTimestamp();

    public IReadOnlyDictionary<string, double> Stages => stages;

    /// <summary>Closes the current stage under <paramref name="name"/> and starts the next.</summary>
    public void Mark(string name)
    {
        var now = Stopwatch.GetTimestamp();
        stages[name] = Math.Round(stages.GetValueOrDefault(name) + Stopwatch.GetElapsedTime(last, now).TotalMilliseconds, 2);
        last = now;
    }
}
