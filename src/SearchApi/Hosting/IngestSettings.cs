using LawMonitor.Indexer.Parsing;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// The configuration section <c>Ingest</c> (appsettings.json, or environment variables such as
/// <c>Ingest__MaxFileMegabytes=100</c>): the per-file limits, defaults as in <see cref="IngestLimits"/>.
/// </summary>
public sealed class IngestSettings
{
    public int MaxFileMegabytes { get; set; } = (int)(IngestLimits.Default.MaxFileBytes / (1024 * 1024));

    public int MaxPages { get; set; } = IngestLimits.Default.MaxPages;

    public int MaxOcrPages { get; set; } = IngestLimits.Default.MaxOcrPages;

    public int MaxMinutesPerFile { get; set; } = (int)IngestLimits.Default.MaxTimePerFile.TotalMinutes;

    /// <summary>Whether PDFs are read by PdfPig in-process first (false: pdftotext alone).</summary>
    public bool UsePdfPig { get; set; } = IngestLimits.Default.UsePdfPig;

    /// <summary>The limits, or an exception naming the setting that is out of range.</summary>
    public IngestLimits ToLimits()
    {
        Check(MaxFileMegabytes >= 1, nameof(MaxFileMegabytes));
        Check(MaxPages >= 1, nameof(MaxPages));
        Check(MaxOcrPages >= 0, nameof(MaxOcrPages));
        Check(MaxMinutesPerFile >= 1, nameof(MaxMinutesPerFile));
        return IngestLimits.Default with
        {
            MaxFileBytes = MaxFileMegabytes * 1024L * 1024,
            MaxPages = MaxPages,
            MaxOcrPages = MaxOcrPages,
            MaxTimePerFile = TimeSpan.FromMinutes(MaxMinutesPerFile),
            UsePdfPig = UsePdfPig,
        };
    }

    private static void Check(bool ok, string name)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"setting Ingest:{name} is out of range");
        }
    }
}
