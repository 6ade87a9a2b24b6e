using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace LawMonitor.Indexer.Tests.Support.Files;

/// <summary>
/// Real PDFs with a Vietnamese text layer, printed from our own HTML by Debian's Chromium (installed by the
/// bootstrap), the way a portal's "print to PDF" makes them. One print per distinct page per test run.
/// </summary>
public static class ChromiumPdf
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> Cache = new();
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Prints <paramref name="paragraphs"/> (one &lt;p&gt; each, HTML-escaped) to a PDF.</summary>
    public static Task<byte[]> FromParagraphsAsync(params string[] paragraphs) =>
        PrintAsync(string.Concat(paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>\n")));

    /// <summary>Prints an HTML body to a PDF.</summary>
    public static Task<byte[]> PrintAsync(string body)
    {
        var html = "<!doctype html><html><head><meta charset=\"utf-8\"><style>body{font-family:'DejaVu Serif';font-size:13pt} p{margin:0 0 6pt 0} .page{page-break-after:always}</style></head><body>\n" + body + "\n</body></html>";
        return Cache.GetOrAdd(html, h => new Lazy<Task<byte[]>>(() => RunAsync(h))).Value;
    }

    private static async Task<byte[]> RunAsync(string html)
    {
        await OneAtATime.WaitAsync();
        var work = Directory.CreateTempSubdirectory("lawmonitor-chromium-");
        try
        {
            var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)))[..16];
            var input = Path.Combine(work.FullName, name + ".html");
            var output = Path.Combine(work.FullName, name + ".pdf");
            await File.WriteAllTextAsync(input, html);
            var info = new ProcessStartInfo("chromium")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer", "--user-data-dir=" + Path.Combine(work.FullName, "profile"),
                "--print-to-pdf=" + output, new Uri(input).AbsoluteUri,
            })
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("chromium did not start; run scripts/bootstrap.sh");
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            if (!File.Exists(output))
            {
                throw new InvalidOperationException("chromium printed no PDF: " + await stderr);
            }

            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            OneAtATime.Release();
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // chromium may still hold its profile for a moment; the temp folder is cleaned later
            }
        }
    }
}
