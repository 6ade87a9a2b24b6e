namespace LawMonitor.SearchApi.Settings;

/// <summary>One entry of <c>Monitoring:AnnualSections</c>: a section of the annual report (see <see cref="Indexer.Monitoring.Reports.Annual.AnnualSection"/>).</summary>
public sealed class AnnualSectionSetting
{
    /// <summary>"plans", "inspections", "findings", "recommendations", "reports", or any other key for a section the officer writes.</summary>
    public string Key { get; set; } = "";

    /// <summary>The heading as printed.</summary>
    public string Heading { get; set; } = "";

    /// <summary>For a section the officer writes: what to write.</summary>
    public string? Prompt { get; set; }
}
