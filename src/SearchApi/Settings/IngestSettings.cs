using LawMonitor.Indexer.Parsing;

namespace LawMonitor.SearchApi.Settings;

/// <summary>
/// The configuration section <c>Ingest</c> (appsettings.json, or environment variables such as
/// <c>Ingest__MaxFileMegabytes=100</c>): the per-file limits, defaults as in <see cref="IngestLimits"/>.
/// </summary>
public sealed class IngestSettings : IValidatedSettings
{
    public int MaxFileMegabytes { get; set; } = (int)(IngestLimits.Default.MaxFileBytes / (1024 * 1024));

    public int MaxPages { get; set; } = IngestLimits.Default.MaxPages;

    public int MaxOcrPages { get; set; } = IngestLimits.Default.MaxOcrPages;

    public int MaxMinutesPerFile { get; set; } = (int)IngestLimits.Default.MaxTimePerFile.TotalMinutes;

    /// <summary>Whether PDFs are read by PdfPig in-process first (false: pdftotext alone).</summary>
    public bool UsePdfPig { get; set; } = IngestLimits.Default.UsePdfPig;

    public string? Validate() =>
        MaxFileMegabytes < 1 ? $"Ingest:MaxFileMegabytes phải ≥ 1 (is {MaxFileMegabytes})"
        : MaxPages < 1 ? $"Ingest:MaxPages phải ≥ 1 (is {MaxPages})"
        : MaxOcrPages < 0 ? $"Ingest:MaxOcrPages phải ≥ 0 (is {MaxOcrPages})"
        : MaxMinutesPerFile < 1 ? $"Ingest:MaxMinutesPerFile phải ≥ 1 (is {MaxMinutesPerFile})"
        : null;

    /// <summary>The limits these settings give (checked first by <see cref="Validate"/>).</summary>
    public IngestLimits ToLimits() =>
        IngestLimits.Default with
        {
            MaxFileBytes = MaxFileMegabytes * 1024L * 1024,
            MaxPages = MaxPages,
            MaxOcrPages = MaxOcrPages,
            MaxTimePerFile = TimeSpan.FromMinutes(MaxMinutesPerFile),
            UsePdfPig = UsePdfPig,
        };
}
