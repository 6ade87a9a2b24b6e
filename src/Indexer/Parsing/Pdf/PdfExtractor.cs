using System.Globalization;
using System.Text;
using LawMonitor.Indexer.Outcomes;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// The text of a PDF: the text layer page by page from PdfPig in-process, or from Poppler's pdftotext when
/// PdfPig fails or finds no usable text (pdftotext's errors telling encrypted from corrupt files); Công báo
/// furniture and signature stamps removed, pages without text sent to tesseract, lines rebuilt into paragraphs.
/// </summary>
internal static class PdfExtractor
{
    /// <summary>Letters a page needs, after cleaning, to count as having a text layer.</summary>
    private const int MinLettersPerPage = 25;

    private const string PopplerReader = "pdftotext";

    public static async Task<Outcome<ExtractedDocument>> ExtractAsync(RawFile file, IngestLimits limits, CancellationToken cancellationToken)
    {
        var work = WorkFolders.Create("pdf");
        try
        {
            // PdfPig reads the text layer in-process; pdftotext (a process per file) reads it when PdfPig throws or
            // yields nothing usable, and its messages tell an encrypted file from a corrupt one.
            var pig = limits.UsePdfPig ? PdfPigTextLayer.Read(file.Content, limits, cancellationToken) : new PdfPigRead(null, null, "off");
            if (pig.Layer is null && pig.Failure is null && pig.PageCount > limits.MaxPages)
            {
                return TooManyPages(file, limits);
            }

            var pdf = Path.Combine(work.FullName, "input.pdf");
            await File.WriteAllBytesAsync(pdf, file.Content, cancellationToken).ConfigureAwait(false);

            var layer = pig.Layer;
            if (layer is null || !layer.IsUsable(MinLettersPerPage))
            {
                // One process per file: pdftotext ends every page with a form feed, so the pages are counted from
                // its output, and it stops one page past the limit, so an enormous PDF costs no more than the limit.
                var lastPage = (limits.MaxPages + 1).ToString(CultureInfo.InvariantCulture);
                var text = await ExternalTool.RunAsync("pdftotext", ["-enc", "UTF-8", "-l", lastPage, pdf, "-"], limits.MaxTimePerFile, cancellationToken).ConfigureAwait(false);
                if (text.Missing)
                {
                    if (layer is null)
                    {
                        return ToolMissing(file, "pdftotext");
                    }
                }
                else if (text.ExitCode != 0)
                {
                    if (layer is null)
                    {
                        return Failure(file, text.Stderr);
                    }
                }
                else
                {
                    var output = Encoding.UTF8.GetString(text.Stdout);
                    var count = output.Count(c => c == '\f');
                    if (count > limits.MaxPages)
                    {
                        return TooManyPages(file, limits);
                    }

                    var poppler = new TextLayer(output.Split('\f').Take(Math.Max(count, 1)).ToList(), PopplerReader);
                    if (layer is null || poppler.IsUsable(MinLettersPerPage))
                    {
                        layer = poppler;
                    }
                }
            }

            var pages = layer.Pages.Count;
            var cleaned = layer.Pages.Select(PdfPageCleaner.Clean).ToList();
            var empty = cleaned.Select((lines, i) => (lines, page: i + 1))
                .Where(p => p.lines.Sum(l => l.Count(char.IsLetter)) < MinLettersPerPage)
                .Select(p => p.page)
                .ToList();

            var warnings = new List<string>();
            List<OcrPage> ocr = [];
            if (empty.Count > 0)
            {
                var toRead = empty.Take(limits.MaxOcrPages).ToList();
                if (empty.Count > toRead.Count)
                {
                    warnings.Add($"ocr-limit: chỉ nhận dạng {toRead.Count}/{empty.Count} trang ảnh (setting Ingest:MaxOcrPages)");
                }

                (ocr, var error) = await TesseractOcr.ReadAsync(pdf, toRead, work.FullName, limits.MaxTimePerFile, cancellationToken).ConfigureAwait(false);
                if (error is not null && ocr.Count == 0 && empty.Count == cleaned.Count)
                {
                    return error is "tesseract" or "pdftoppm"
                        ? ToolMissing(file, error)
                        : Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.NoText, $"{file.Name}: tệp quét không có lớp chữ và không nhận dạng được ({error})");
                }

                if (error is not null)
                {
                    warnings.Add("ocr-error: " + error);
                }

                foreach (var page in ocr)
                {
                    cleaned[page.Page - 1] = PdfPageCleaner.Clean(string.Join('\n', page.Lines));
                }
            }

            var body = TextReflow.Reflow(cleaned.SelectMany(lines => lines.Append(string.Empty)));
            if (body.Count(char.IsLetter) < MinLettersPerPage)
            {
                return Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.NoText, $"{file.Name}: PDF không có chữ đọc được (no readable text, even after OCR)");
            }

            var words = ocr.Sum(p => p.Words);
            return new ExtractedDocument(body, SourceFormat.Pdf)
            {
                Pages = pages,
                TextLayerReader = layer.Reader,
                OcrPages = ocr.Select(p => p.Page).Order().ToList(),
                OcrConfidence = words > 0 ? Math.Round(ocr.Sum(p => p.Confidence * p.Words) / words, 1) : null,
                Warnings = warnings,
            };
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // a temp folder left behind is removed with the system's temp files
            }
        }
    }

    private static Outcome<ExtractedDocument> Failure(RawFile file, string stderr)
    {
        var detail = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "unknown error";
        return stderr.Contains("password", StringComparison.OrdinalIgnoreCase) || stderr.Contains("encrypt", StringComparison.OrdinalIgnoreCase)
            ? Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.EncryptedPdf, $"{file.Name}: PDF được mã hóa bằng mật khẩu, không đọc được (encrypted; ask the sender for an unprotected copy)")
            : Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.CorruptPdf, $"{file.Name}: PDF hỏng hoặc bị cắt cụt ({detail}); hãy tải lại tệp gốc");
    }

    private static Outcome<ExtractedDocument> TooManyPages(RawFile file, IngestLimits limits) =>
        Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.TooManyPages, $"{file.Name}: hơn {limits.MaxPages} trang, vượt giới hạn (more pages than the limit; setting Ingest:MaxPages)");

    private static Outcome<ExtractedDocument> ToolMissing(RawFile file, string tool) =>
        Outcome<ExtractedDocument>.Fail(ExtractionErrorCodes.ToolMissing, $"{file.Name}: thiếu công cụ {tool} ({tool} is not installed; run scripts/bootstrap.sh)");

}
