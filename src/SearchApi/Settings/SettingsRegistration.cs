using Microsoft.Extensions.Options;

namespace LawMonitor.SearchApi.Settings;

/// <summary>
/// One way every settings section is read: bound from its configuration section (appsettings.json, or the
/// environment as <c>Section__Name</c>), checked by the section itself when the service starts, and available both
/// as <see cref="IOptions{T}"/> and as the section itself to what needs it.
/// </summary>
internal static class SettingsRegistration
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, IValidatedSettings
    {
        services.AddSingleton<IValidateOptions<T>, SettingsValidation<T>>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }
}
