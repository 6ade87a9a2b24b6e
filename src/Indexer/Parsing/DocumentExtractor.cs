using System.Text;
using System.Text.RegularExpressions;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing.Doc;
using LawMonitor.Indexer.Parsing.Docx;
using LawMonitor.Indexer.Parsing.Html;
using LawMonitor.Indexer.Parsing.Json;
using LawMonitor.Indexer.Parsing.Legacy;
using LawMonitor.Indexer.Parsing.Pdf;
using LawMonitor.Indexer.Parsing.Rtf;
using LawMonitor.Indexer.Parsing.Text;

namespace LawMonitor.Indexer.Parsing;

/// <summary>
/// Turns any file LawMonitor reads into text: sniffs the real format (the extension only warns), applies
/// the limits, runs the format's extractor, repairs legacy Vietnamese encodings and tidies the lines.
/// Expected failures come back as <see cref="Problem"/> values with a stable code.
/// </summary>
public static partial class DocumentExtractor
{
    /// <summary>Extracts <paramref name="file"/> under <paramref name="limits"/>.</summary>
    public static async Task<Outcome<ExtractedDocument>> ExtractAsync(RawFile file, IngestLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);
        if (file.Content.Length == 0)
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.EmptyFile, $"{file.Name}: tệp rỗng, 0 byte (empty file)");
        }

        if (file.Content.Length > limits.MaxFileBytes)
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.TooLarge,
                $"{file.Name}: {file.Content.Length / (1024.0 * 1024):F0} MB, vượt giới hạn {limits.MaxFileBytes / (1024 * 1024)} MB (too large; setting Ingest:MaxFileMegabytes)");
        }

        var format = FormatSniffer.Sniff(file.Content.Span);
        var named = FormatSniffer.FromExtension(file.Extension);
        if (format == SourceFormat.Unknown)
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.UnsupportedFormat,
                $"{file.Name}: không nhận ra định dạng tệp; LawMonitor đọc PDF, DOC, DOCX, RTF, HTML và TXT (unsupported format)");
        }

        // A record's text is given, not laid out on pages: it is taken as written (composed), so the provision
        // spans its fields name stay where they are.
        if (named == SourceFormat.JsonRecord && format == SourceFormat.Text && file.Content.Span.TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8))
        {
            return JsonRecordReader.Extract(file);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.MaxTimePerFile);
        Outcome<ExtractedDocument> result;
        try
        {
            result = format switch
            {
                SourceFormat.Pdf => await PdfExtractor.ExtractAsync(file, limits, deadline.Token).ConfigureAwait(false),
                SourceFormat.Docx => DocxExtractor.Extract(file, limits),
                SourceFormat.Doc => await DocExtractor.ExtractAsync(file, limits, deadline.Token).ConfigureAwait(false),
                SourceFormat.Rtf => RtfExtractor.Extract(file),
                SourceFormat.Html => HtmlExtractor.Extract(file),
                _ => PlainTextExtractor.Extract(file),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.Timeout, $"{file.Name}: quá {limits.MaxTimePerFile.TotalMinutes:F0} phút (took longer than the limit; setting Ingest:MaxMinutesPerFile)");
        }

        if (!result.Succeeded)
        {
            return result;
        }

        var document = result.Value;
        var (text, legacy) = LegacyVietnamese.Repair(Tidy(document.Text));
        if (text.Length > limits.MaxTextCharacters)
        {
            text = text[..limits.MaxTextCharacters];
        }

        if (!text.Any(char.IsLetter))
        {
            return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.NoText, $"{file.Name}: không có chữ trong tệp (no text)");
        }

        var warnings = document.Warnings.ToList();
        if (named != SourceFormat.Unknown && named != format)
        {
            warnings.Add($"format-mismatch: tên tệp là .{file.Extension} nhưng nội dung là {format} (read as {format})");
        }

        if (legacy is not null)
        {
            warnings.Add($"legacy-encoding: đã chuyển từ bảng mã {legacy} sang Unicode");
        }

        return document with
        {
            Text = text,
            LegacyEncoding = legacy,
            Warnings = warnings,
            Furniture = document.Furniture is { } f ? LegacyVietnamese.Repair(Tidy(f)).Text : null,
        };
    }

    /// <summary>
    /// Composed (NFC) text — some portals serve decomposed letters, which would defeat every pattern —, Unix
    /// line ends, no control characters, no rule lines (____, ----), single spaces between words, at most one blank
    /// line in a row.
    /// </summary>
    internal static string Tidy(string text)
    {
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        var sb = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = new string(raw.Where(c => !char.IsControl(c) || c == '\t').ToArray()).Replace('\t', ' ').TrimEnd();
            if (RuleLine().IsMatch(line))
            {
                continue;
            }

            line = TrailingRule().Replace(line, string.Empty);
            if (line.Contains("  ", StringComparison.Ordinal))
            {
                line = SpaceRun().Replace(line, " "); // justified Word text: "Nghị định          số 110/2004/NĐ-CP"
            }

            if (line.Trim().Length == 0)
            {
                if (++blank > 1)
                {
                    continue;
                }
            }
            else
            {
                blank = 0;
            }

            sb.Append(line).Append('\n');
        }

        return sb.ToString().Trim();
    }

    [GeneratedRegex(@"(?<=\S) {2,}(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"^\s*[_\-–—=*.·•]{2,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"\s*[_\-–—=]{4,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRule();
}
