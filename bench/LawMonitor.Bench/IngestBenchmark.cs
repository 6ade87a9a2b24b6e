using System.Diagnostics;
using System.Text;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Bench;

/// <summary>
/// Ingest throughput for text-layer PDFs against Poppler's <c>pdftotext</c> alone on the same files with the same
/// parallelism, and the process's memory over the batch. The files are the real Công báo and court PDFs of
/// <c>../shared/corpus-real/pdf</c> that need no OCR, each copied many times with a distinct trailer comment so
/// every copy is a distinct file (its own hash, its own document) to the pipeline.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task RunAsync(string root, string work, int fileCount, int rounds)
    {
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus-real", "pdf"));
        if (!Directory.Exists(shared))
        {
            Console.WriteLine($"SKIPPED: {shared} is absent; the ingest benchmark reads the real PDFs from there.");
            return;
        }

        var originals = new List<(string Name, byte[] Bytes, int Pages)>();
        var extractedOriginals = new List<ExtractedDocument>();
        foreach (var path in Directory.GetFiles(shared, "*.pdf").Order(StringComparer.Ordinal))
        {
            var bytes = await File.ReadAllBytesAsync(path);
            var extracted = await DocumentExtractor.ExtractAsync(new RawFile(Path.GetFileName(path), bytes), IngestLimits.Default);
            if (extracted.Succeeded && extracted.Value.OcrPages.Count == 0)
            {
                originals.Add((Path.GetFileName(path), bytes, PageCount(extracted.Value.Text)));
                extractedOriginals.Add(extracted.Value);
            }
        }

        var input = Path.Combine(work, "pdf");
        Directory.CreateDirectory(input);
        long totalBytes = 0;
        for (var i = 0; i < fileCount; i++)
        {
            var (name, bytes, _) = originals[i % originals.Count];
            var copy = Path.Combine(input, $"{i:D4}-{name}");
            await File.WriteAllBytesAsync(copy, [.. bytes, .. Encoding.ASCII.GetBytes($"\n%lawmonitor-bench-copy {i}\n")]);
            totalBytes += bytes.Length;
        }

        var files = Directory.GetFiles(input).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"files: {files.Count} text-layer PDFs ({totalBytes / 1e6:F1} MB), copies of {originals.Count} real ones: {string.Join(", ", originals.Select(o => o.Name))}");
        Console.WriteLine($"parallelism: {Environment.ProcessorCount} (the pipeline's default; the baseline uses the same)");
        Console.WriteLine();

        double baseline = double.MaxValue, pig = double.MaxValue, popplerExtract = double.MaxValue, ours = double.MaxValue, extractOnly = double.MaxValue, parseOnly = double.MaxValue;
        List<(int Files, double WorkingSetMb, double HeapMb)> memory = [];
        for (var round = 0; round < rounds; round++)
        {
            var b = await PdftotextAloneAsync(files);
            baseline = Math.Min(baseline, b);
            Console.WriteLine($"round {round + 1}: pdftotext alone {b:F2} s");

            var g = PdfPigAlone(files);
            pig = Math.Min(pig, g);
            Console.WriteLine($"round {round + 1}: PdfPig alone {g:F2} s");

            var t = await ExtractOnlyAsync(files, IngestLimits.Default with { UsePdfPig = false });
            popplerExtract = Math.Min(popplerExtract, t);
            Console.WriteLine($"round {round + 1}: LawMonitor extraction alone, pdftotext only {t:F2} s");

            var e = await ExtractOnlyAsync(files, IngestLimits.Default);
            extractOnly = Math.Min(extractOnly, e);
            Console.WriteLine($"round {round + 1}: LawMonitor extraction alone {e:F2} s");

            var p = ParseAndIndexOnly(extractedOriginals, files.Count, Path.Combine(work, $"parse-{round}"));
            parseOnly = Math.Min(parseOnly, p);
            Console.WriteLine($"round {round + 1}: LawMonitor parsing and indexing alone {p:F2} s");

            var directory = Path.Combine(work, $"data-{round}");
            var (o, series) = await PipelineAsync(files, directory);
            ours = Math.Min(ours, o);
            memory = series;
            Console.WriteLine($"round {round + 1}: LawMonitor ingest {o:F2} s");
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine("| run | seconds | files/s | MB/s of PDF |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| pdftotext alone (one process per file) | {baseline:F2} | {files.Count / baseline:F1} | {totalBytes / 1e6 / baseline:F2} |");
        Console.WriteLine($"| PdfPig content-order text alone (in-process) | {pig:F2} | {files.Count / pig:F1} | {totalBytes / 1e6 / pig:F2} |");
        Console.WriteLine($"| LawMonitor extraction alone, pdftotext only (Ingest:UsePdfPig=false) | {popplerExtract:F2} | {files.Count / popplerExtract:F1} | {totalBytes / 1e6 / popplerExtract:F2} |");
        Console.WriteLine($"| LawMonitor extraction alone (PdfPig, pdftotext fallback, page cleaning; no parsing or index) | {extractOnly:F2} | {files.Count / extractOnly:F1} | {totalBytes / 1e6 / extractOnly:F2} |");
        Console.WriteLine($"| LawMonitor parsing and indexing alone (texts already extracted; one thread) | {parseOnly:F2} | {files.Count / parseOnly:F1} | |");
        Console.WriteLine($"| LawMonitor ingest (PdfPig + cleaning + parsing + index + raw store) | {ours:F2} | {files.Count / ours:F1} | {totalBytes / 1e6 / ours:F2} |");
        Console.WriteLine($"| **ratio LawMonitor / pdftotext** | | **{baseline / ours:F2}×** | |");
        Console.WriteLine();
        Console.WriteLine("| files ingested | working set MB | managed heap MB |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (var (n, ws, heap) in memory)
        {
            Console.WriteLine($"| {n} | {ws:F0} | {heap:F0} |");
        }
    }

    private static int PageCount(string text) => text.Count(c => c == '\f') + 1;

    private static async Task<double> PdftotextAloneAsync(IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (file, ct) =>
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }) ?? throw new InvalidOperationException("pdftotext did not start");
            var text = await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0 || text.Length == 0)
            {
                throw new InvalidOperationException($"pdftotext failed on {file}");
            }
        });
        return clock.Elapsed.TotalSeconds;
    }

    private static double PdfPigAlone(IReadOnlyList<string> files)
    {
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            var read = Indexer.Parsing.Pdf.PdfPigTextLayer.Read(File.ReadAllBytes(file), IngestLimits.Default, CancellationToken.None);
            if (read.Layer is null)
            {
                throw new InvalidOperationException($"PdfPig failed on {file}: {read.Failure}");
            }
        });
        return clock.Elapsed.TotalSeconds;
    }

    private static double ParseAndIndexOnly(IReadOnlyList<ExtractedDocument> documents, int count, string dataDirectory)
    {
        var index = LegalIndex.Open(dataDirectory);
        var clock = Stopwatch.StartNew();
        var writer = index.CreateWriter();
        for (var i = 0; i < count; i++)
        {
            var parsed = DocumentAssembler.Assemble(DocumentId.Create($"bench-{i}"), documents[i % documents.Count], "bench");
            writer.Upsert(parsed.Document, parsed.Structure);
            if (writer.Pending >= 25)
            {
                writer.Commit();
            }
        }

        writer.Commit();
        writer.Dispose();
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> ExtractOnlyAsync(IReadOnlyList<string> files, IngestLimits limits)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (file, ct) =>
        {
            var result = await DocumentExtractor.ExtractAsync(new RawFile(Path.GetFileName(file), await File.ReadAllBytesAsync(file, ct)), limits, ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"extraction failed on {file}: {result.Error.Message}");
            }
        });
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double Seconds, List<(int, double, double)> Memory)> PipelineAsync(IReadOnlyList<string> files, string dataDirectory)
    {
        var index = LegalIndex.Open(dataDirectory);
        var pipeline = new IngestPipeline(index, new RawFileStore(dataDirectory), IngestLimits.Default);
        var memory = new List<(int, double, double)>();
        var done = 0;
        var self = Process.GetCurrentProcess();
        var progress = new SynchronousProgress(_ =>
        {
            if (++done % 50 == 0 || done == files.Count)
            {
                self.Refresh();
                memory.Add((done, self.WorkingSet64 / 1e6, GC.GetTotalMemory(false) / 1e6));
            }
        });

        var clock = Stopwatch.StartNew();
        var results = await pipeline.IngestAsync(files.Select(f => IngestInput.FromFile(f, "bench")), progress);
        var seconds = clock.Elapsed.TotalSeconds;
        var failed = results.Where(r => r.Status is not IngestStatus.Added).ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException($"{failed.Count} files were not added: {failed[0].Status} {failed[0].Message}");
        }

        return (seconds, memory);
    }

    /// <summary>Progress reported on the reporting thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<IngestResult> report) : IProgress<IngestResult>
    {
        public void Report(IngestResult value) => report(value);
    }
}
