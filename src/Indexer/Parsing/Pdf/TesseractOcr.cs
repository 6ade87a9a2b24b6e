using System.Globalization;
using System.Text;

namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// Reads pages without a text layer: pdftoppm renders a page at 300 dpi in grey, tesseract reads it with
/// the Vietnamese model and reports words with confidences (TSV). One tesseract per core, each
/// single-threaded (OpenMP threads only slowed it down).
/// </summary>
internal static class TesseractOcr
{
    private static readonly Dictionary<string, string> SingleThread = new() { ["OMP_THREAD_LIMIT"] = "1" };

    public static async Task<(List<OcrPage> Pages, string? Error)> ReadAsync(string pdf, IReadOnlyList<int> pages, string workDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var results = new OcrPage?[pages.Count];
        string? error = null;
        await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var page = pages[i];
            var image = Path.Combine(workDirectory, $"page-{page}");
            var render = await ExternalTool.RunAsync("pdftoppm", ["-r", "300", "-gray", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), "-singlefile", pdf, image], timeout, ct).ConfigureAwait(false);
            if (render.Missing || render.ExitCode != 0)
            {
                error ??= render.Missing ? "pdftoppm" : $"pdftoppm page {page}: {render.Stderr.Trim()}";
                return;
            }

            var ocr = await ExternalTool.RunAsync("tesseract", [image + ".pgm", "stdout", "-l", "vie", "tsv"], timeout, ct, SingleThread).ConfigureAwait(false);
            File.Delete(image + ".pgm");
            if (ocr.Missing || ocr.ExitCode != 0)
            {
                error ??= ocr.Missing ? "tesseract" : $"tesseract page {page}: {ocr.Stderr.Trim()}";
                return;
            }

            results[i] = Parse(page, Encoding.UTF8.GetString(ocr.Stdout));
        }).ConfigureAwait(false);

        return (results.OfType<OcrPage>().ToList(), error);
    }

    /// <summary>Lines and confidence from tesseract's TSV (level, page, block, par, line, word, box, conf, text).</summary>
    internal static OcrPage Parse(int page, string tsv)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        (string Block, string Par, string Line) key = default;
        double confidence = 0;
        var words = 0;
        foreach (var row in tsv.Split('\n').Skip(1))
        {
            var cells = row.Split('\t');
            if (cells.Length < 12 || cells[0] != "5")
            {
                continue;
            }

            var word = cells[11].Trim();
            if (word.Length == 0 || !double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf) || conf < 0)
            {
                continue;
            }

            var wordKey = (cells[2], cells[3], cells[4]);
            if (wordKey != key && current.Length > 0)
            {
                if (wordKey.Item1 != key.Block || wordKey.Item2 != key.Par)
                {
                    lines.Add(current.ToString());
                    lines.Add(string.Empty); // a new paragraph
                }
                else
                {
                    lines.Add(current.ToString());
                }

                current.Clear();
            }

            key = wordKey;
            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
            confidence += conf;
            words++;
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return new OcrPage(page, lines.Select(OcrLineRepair.Repair).ToList(), words > 0 ? confidence / words : 0, words);
    }
}
