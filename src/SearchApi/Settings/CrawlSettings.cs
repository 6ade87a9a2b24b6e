namespace LawMonitor.SearchApi.Settings;

/// <summary>The configuration section "Crawler" (appsettings, or environment variables such as <c>Crawler__Contact</c>).</summary>
public sealed class CrawlSettings : IValidatedSettings
{
    /// <summary>Whether the service runs sources on their schedule (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The contact sent in the user agent: the e-mail address or URL of whoever runs this LawMonitor. Set it before crawling real portals.</summary>
    public string Contact { get; set; } = "lawmonitor-admin@localhost";

    /// <summary>How often the scheduler looks for due sources, in seconds (default 60).</summary>
    public int CheckSeconds { get; set; } = 60;

    public string? Validate() =>
        CheckSeconds is < 1 or > 86400 ? $"Crawler:CheckSeconds phải từ 1 đến 86400 (is {CheckSeconds})"
        : string.IsNullOrWhiteSpace(Contact) ? "Crawler:Contact cần địa chỉ liên hệ (an e-mail address or URL is required)"
        : null;
}
