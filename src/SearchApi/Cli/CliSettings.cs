using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Cli;

/// <summary>
/// The settings the service reads (appsettings.json beside the executable, then the environment), for the verbs
/// that share them, checked as the service checks them at start: a value out of range is refused with the same
/// sentence naming the setting (exit code 1), never used.
/// </summary>
internal static class CliSettings
{
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A value is out of range.</exception>
    public static MonitoringSettings Monitoring()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var settings = configuration.GetSection("Monitoring").Get<MonitoringSettings>() ?? new MonitoringSettings();
        return settings.Validate() is { } error
            ? throw new Microsoft.Extensions.Options.OptionsValidationException("Monitoring", typeof(MonitoringSettings), [error])
            : settings;
    }
}
