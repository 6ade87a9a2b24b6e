using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// The <c>Monitoring</c> settings section (or <c>Monitoring__Name</c> in the environment). Every default is
/// documented in the README.
/// </summary>
public sealed class MonitoringSettings
{
    /// <summary>Days the competent body has to answer a recommendation (30: Decree 32/2020; Decree 80/2025 may differ).</summary>
    public int AnswerDays { get; set; } = RecommendationLifecycle.DefaultAnswerDays;

    /// <summary>Whether the detectors run after every ingest batch (uploads, crawls, the first-start corpus).</summary>
    public bool DetectAfterIngest { get; set; } = true;

    /// <summary>The body above the issuer, on the report draft ("ỦY BAN NHÂN DÂN TỈNH HÒA PHONG").</summary>
    public string ReportParentBody { get; set; } = new ReportLetterhead().ParentBody;

    /// <summary>The issuing body on the report draft ("SỞ TƯ PHÁP").</summary>
    public string ReportBody { get; set; } = new ReportLetterhead().Body;

    /// <summary>The report's symbol ("BC-STP").</summary>
    public string ReportSymbol { get; set; } = new ReportLetterhead().Symbol;

    /// <summary>The place before the date on the report draft.</summary>
    public string ReportPlace { get; set; } = new ReportLetterhead().Place;

    /// <summary>The signer's title lines, separated by "|" ("KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC").</summary>
    public string ReportSignerTitle { get; set; } = string.Join('|', new ReportLetterhead().SignerTitle);

    /// <summary>The signer's name, or empty to leave it blank.</summary>
    public string ReportSigner { get; set; } = "";

    /// <summary>Checks the values; an error names the setting.</summary>
    public string? Validate() =>
        AnswerDays is < 1 or > 365 ? $"Monitoring:AnswerDays phải từ 1 đến 365 (is {AnswerDays})" : null;

    public ReportLetterhead Letterhead() => new()
    {
        ParentBody = ReportParentBody,
        Body = ReportBody,
        Symbol = ReportSymbol,
        Place = ReportPlace,
        SignerTitle = ReportSignerTitle.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Signer = string.IsNullOrWhiteSpace(ReportSigner) ? null : ReportSigner.Trim(),
    };
}
