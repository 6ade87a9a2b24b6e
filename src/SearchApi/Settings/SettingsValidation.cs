using Microsoft.Extensions.Options;

namespace LawMonitor.SearchApi.Settings;

/// <summary>Validates a settings section through its own <see cref="IValidatedSettings.Validate"/>, at start (ValidateOnStart).</summary>
internal sealed class SettingsValidation<T> : IValidateOptions<T>
    where T : class, IValidatedSettings
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        options.Validate() is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
}
