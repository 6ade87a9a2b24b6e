namespace LawMonitor.SearchApi.Settings;

/// <summary>A settings section that checks its own values: an error names the setting and its allowed range.</summary>
public interface IValidatedSettings
{
    /// <summary>Null when every value is usable; else what is wrong, naming the setting ("Monitoring:AnswerDays …").</summary>
    string? Validate();
}
