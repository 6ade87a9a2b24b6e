using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Cli;

/// <summary>The settings the service reads (appsettings.json beside the executable, then the environment), for the verbs that share them.</summary>
internal static class CliSettings
{
    public static MonitoringSettings Monitoring()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return configuration.GetSection("Monitoring").Get<MonitoringSettings>() ?? new MonitoringSettings();
    }
}
