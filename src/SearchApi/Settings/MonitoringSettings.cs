using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Reports;
using LawMonitor.Indexer.Monitoring.Reports.Annual;

namespace LawMonitor.SearchApi.Settings;

/// <summary>
/// The <c>Monitoring</c> settings section (or <c>Monitoring__Name</c> in the environment). Every default is
/// documented in the README.
/// </summary>
public sealed class MonitoringSettings : IValidatedSettings
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

    /// <summary>
    /// The annual report's sections in order (<c>Monitoring:AnnualSections:0:Key</c>, <c>…:Heading</c>, <c>…:Prompt</c>);
    /// empty: the default list (<see cref="AnnualSection.Default"/>). The reporting framework changed in 2025 (Nghị
    /// định 80/2025/NĐ-CP) and may change again.
    /// </summary>
    public List<AnnualSectionSetting> AnnualSections { get; set; } = [];

    /// <summary>Checks the values; an error names the setting.</summary>
    public string? Validate()
    {
        if (AnswerDays is < 1 or > 365)
        {
            return $"Monitoring:AnswerDays phải từ 1 đến 365 (is {AnswerDays})";
        }

        var blank = AnnualSections.FindIndex(s => string.IsNullOrWhiteSpace(s.Key) || string.IsNullOrWhiteSpace(s.Heading));
        return blank >= 0 ? $"Monitoring:AnnualSections:{blank} cần Key và Heading (needs a key and a heading)" : null;
    }

    /// <summary>The annual report's sections: the setting's, or the default list.</summary>
    public IReadOnlyList<AnnualSection> Sections() =>
        AnnualSections.Count == 0 ? AnnualSection.Default : [.. AnnualSections.Select(s => new AnnualSection(s.Key.Trim(), s.Heading.Trim(), string.IsNullOrWhiteSpace(s.Prompt) ? null : s.Prompt.Trim()))];

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
