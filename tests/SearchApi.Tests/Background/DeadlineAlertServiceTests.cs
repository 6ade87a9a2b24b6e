using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Alerts;
using LawMonitor.SearchApi.Background;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace LawMonitor.SearchApi.Tests.Background;

/// <summary>
/// The hourly service itself, on a clock the test moves: a day comes with nothing ingested, and the decision that takes
/// effect that day is decided again by the service's next check. The test waits for the service's own timer, never for
/// wall-clock time.
/// </summary>
public sealed class DeadlineAlertServiceTests : IDisposable
{
    private const string Issued = """
        ỦY BAN NHÂN DÂN TỈNH HÒA PHONG
        Số: 21/2025/QĐ-UBND
        Hòa Phong, ngày 20 tháng 11 năm 2025
        QUYẾT ĐỊNH
        Ban hành Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật
        Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp trong công tác theo dõi tình hình thi hành pháp luật.
        Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 12 năm 2025.
        """;

    private readonly TempDirectory data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task ADayComingWithNothingIngested_IsDecidedByTheServicesNextHourlyCheck()
    {
        // 30/11/2025 at 23:30 in Vietnam: the decision takes effect in half an hour.
        var clock = new TimerWatchingClock(new DateTimeOffset(2025, 11, 30, 16, 30, 0, TimeSpan.Zero));
        var index = LegalIndex.Open(data.Path);
        var ingested = await new IngestPipeline(index, new RawFileStore(data.Path), IngestLimits.Default, clock)
            .IngestAsync([IngestInput.FromBytes("qd-21-2025.txt", Encoding.UTF8.GetBytes(Issued), "test:qd-21-2025.txt", "test")]);
        var id = Assert.Single(ingested).DocumentId!.Value;
        var checker = new AlertChecker(new AlertStore(data.Path, clock), index, new SearchEngine(index), MonitoringStore.Open(data.Path, clock), clock);
        using var service = new DeadlineAlertService(index, checker, clock, NullLogger<DeadlineAlertService>.Instance);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2)); // a safety net, not a wait

        var firstCheckDone = clock.NextTimer();
        await service.StartAsync(stop.Token);
        await firstCheckDone.WaitAsync(stop.Token); // the check at start has run and the service sleeps for an hour
        Assert.Equal(EffectStatus.NotYetInForce, index.Documents.Get(id)!.Effect.Status);

        var nextCheckDone = clock.NextTimer();
        clock.Advance(DeadlineAlertService.Interval); // 00:30 on 01/12
        await nextCheckDone.WaitAsync(stop.Token);

        var effect = index.Documents.Get(id)!.Effect;
        Assert.Equal((EffectStatus.InForce, new DateOnly(2025, 12, 1)), (effect.Status, effect.InForceFrom));
        await service.StopAsync(stop.Token);
    }

    /// <summary>A fake clock that says when the next timer is set on it: the service's sleep until its next check.</summary>
    private sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task NextTimer()
        {
            next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return next.Task;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            next.TrySetResult();
            return timer;
        }
    }
}
