using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Background;
using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// The registers and what keeps them current: the registers and detector stores, the alert store and checker, the
/// first start's corpus (first of the hosted services), the detectors after each batch, and the hourly deadline check.
/// Settings: <c>Monitoring</c>.
/// </summary>
internal static class MonitoringComposition
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration, ServiceOptions options)
    {
        services.AddSettings<MonitoringSettings>(configuration, "Monitoring");
        services.AddSingleton(sp => MonitoringStore.Open(options.DataDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(_ => DetectorUnitStore.Open(options.DataDirectory));
        services.AddSingleton(sp => new Alerts.AlertStore(options.DataDirectory, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Alerts.AlertChecker>();
        services.AddSingleton<DetectionRunner>();

        // First of the hosted services: the first start's corpus and registers are in before the others start and the server answers.
        services.AddHostedService(sp => new CorpusBootstrap(sp.GetRequiredService<IngestPipeline>(), sp.GetRequiredService<LegalIndex>(), sp.GetRequiredService<MonitoringStore>(),
            sp.GetRequiredService<MonitoringSettings>(), sp.GetRequiredService<DetectionRunner>(), options.CorpusDirectory,
            sp.GetRequiredService<Security.AccountStore>(), sp.GetRequiredService<ILogger<CorpusBootstrap>>()));
        services.AddHostedService(sp => sp.GetRequiredService<DetectionRunner>());
        services.AddHostedService<DeadlineAlertService>();
        return services;
    }
}
