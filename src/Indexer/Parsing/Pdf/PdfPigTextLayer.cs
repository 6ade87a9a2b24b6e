using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// Reads the text layer in-process with PdfPig, page by page in content order (the order the PDF draws its
/// letters, which keeps the line breaks of justified official text; PdfPig's <c>page.Text</c> has none and its
/// Docstrum reading order scrambles justified lines); a ruled table (a plan's task appendix) is read from its
/// grid instead, so that its rows keep their cells (<see cref="PdfTableLayout"/>).
/// Any failure is a value: the caller falls back to pdftotext, whose messages tell an encrypted file from a corrupt one.
/// </summary>
internal static class PdfPigTextLayer
{
    public const string Name = "PdfPig";

    private static readonly ContentOrderTextExtractor.Options Options = new() { ReplaceWhitespaceWithSpace = true };

    /// <summary>The pages' text; <see cref="PdfPigRead.PageCount"/> alone when the file has more pages than allowed.</summary>
    public static PdfPigRead Read(ReadOnlyMemory<byte> content, IngestLimits limits, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var count = document.NumberOfPages;
            if (count > limits.MaxPages)
            {
                return new PdfPigRead(null, count, null);
            }

            var pages = new List<string>(count);
            for (var number = 1; number <= count; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (clock.Elapsed > limits.MaxTimePerFile)
                {
                    return new PdfPigRead(null, count, ExtractionErrorCodes.Timeout);
                }

                var page = document.GetPage(number);
                var text = PdfTableLayout.Read(page, Options) ?? ContentOrderTextExtractor.GetText(page, Options);
                pages.Add(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
            }

            return new PdfPigRead(new TextLayer(pages, Name), count, null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException)
        {
            return new PdfPigRead(null, null, "encrypted");
        }
        catch (Exception ex) // a library reading untrusted bytes may throw anything; every failure means "ask pdftotext"
        {
            return new PdfPigRead(null, null, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
