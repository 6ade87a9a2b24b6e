using System.CommandLine;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.SearchApi.Cli;

/// <summary>The per-file limits as command-line options (defaults: <see cref="IngestLimits.Default"/>).</summary>
internal static class IngestLimitOptions
{
    public static Option<int> MaxFileMegabytes { get; } = new("--max-file-mb") { Description = "Dung lượng tệp tối đa, MB", DefaultValueFactory = _ => (int)(IngestLimits.Default.MaxFileBytes / (1024 * 1024)) };

    public static Option<int> MaxPages { get; } = new("--max-pages") { Description = "Số trang tối đa đọc từ một tệp PDF", DefaultValueFactory = _ => IngestLimits.Default.MaxPages };

    public static Option<int> MaxOcrPages { get; } = new("--max-ocr-pages") { Description = "Số trang quét tối đa của một tệp PDF được nhận dạng (OCR)", DefaultValueFactory = _ => IngestLimits.Default.MaxOcrPages };

    public static Option<int> MaxMinutes { get; } = new("--max-minutes") { Description = "Thời gian tối đa cho một tệp, kể cả OCR, tính bằng phút", DefaultValueFactory = _ => (int)IngestLimits.Default.MaxTimePerFile.TotalMinutes };

    public static void AddTo(Command command)
    {
        command.Options.Add(MaxFileMegabytes);
        command.Options.Add(MaxPages);
        command.Options.Add(MaxOcrPages);
        command.Options.Add(MaxMinutes);
    }

    /// <summary>The limits given, or an error naming the option.</summary>
    public static (IngestLimits? Limits, string? Error) Read(ParseResult result)
    {
        var mb = result.GetValue(MaxFileMegabytes);
        var pages = result.GetValue(MaxPages);
        var ocr = result.GetValue(MaxOcrPages);
        var minutes = result.GetValue(MaxMinutes);
        if (mb < 1 || pages < 1 || ocr < 0 || minutes < 1)
        {
            return (null, "--max-file-mb, --max-pages và --max-minutes phải ≥ 1, --max-ocr-pages ≥ 0 (limits must be positive)");
        }

        return (IngestLimits.Default with
        {
            MaxFileBytes = mb * 1024L * 1024,
            MaxPages = pages,
            MaxOcrPages = ocr,
            MaxTimePerFile = TimeSpan.FromMinutes(minutes),
        }, null);
    }
}
