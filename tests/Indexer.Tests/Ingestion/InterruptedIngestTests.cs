using System.Diagnostics;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Ingestion;

/// <summary>
/// What a kill -9 mid-ingest leaves (a half-written raw file, a PDF work folder, a pdftotext or tesseract still
/// running) is cleared by the next pipeline to start, with real processes; what a live process is using is not.
/// </summary>
public sealed class InterruptedIngestTests
{
    private static int DeadPid()
    {
        using var gone = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false })!;
        gone.WaitForExit();
        return gone.Id;
    }

    [Fact]
    public void ANewPipeline_EndsTheToolsAndRemovesTheFolders_OfAProcessThatIsGone_AndKeepsALiveOnes()
    {
        var dead = DeadPid();
        var orphanFolder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"lawmonitor-pdf-{dead}-{Guid.NewGuid():N}")).FullName;
        var liveFolder = WorkFolders.Create("pdf").FullName;
        var input = Path.Combine(orphanFolder, "input.pdf");
        File.WriteAllBytes(input, [1, 2, 3]);

        // Stands for the pdftotext a killed ingest left running on its input: its command line names the orphan's folder.
        using var tool = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "sleep 120", input]) { UseShellExecute = false })!;
        using var data = new TempDirectory();
        try
        {
            _ = new IngestPipeline(LegalIndex.Open(data.Path), new RawFileStore(data.Path), IngestLimits.Default);

            Assert.True(tool.WaitForExit(10_000), "the orphaned tool is still running");
            Assert.False(Directory.Exists(orphanFolder));
            Assert.True(Directory.Exists(liveFolder), "a live process's work folder was removed");
        }
        finally
        {
            if (!tool.HasExited)
            {
                tool.Kill();
            }

            Directory.Delete(liveFolder, recursive: true);
            if (Directory.Exists(orphanFolder))
            {
                Directory.Delete(orphanFolder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task RemoveInterrupted_DeletesTheTemporaryFilesOfAGoneWriter_Only()
    {
        using var data = new TempDirectory();
        var store = new RawFileStore(data.Path);
        var sha = store.Put(new byte[] { 4, 5, 6 });
        var folder = Path.Combine(data.Path, "raw", sha[..2]);
        var orphan = Path.Combine(folder, $"{sha}.{DeadPid()}.{Guid.NewGuid():N}.tmp");
        var live = Path.Combine(folder, $"{sha}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(orphan, [1]);
        File.WriteAllBytes(live, [1]);

        var removed = store.RemoveInterrupted();

        Assert.Equal(1, removed);
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(live));
        Assert.Equal(new byte[] { 4, 5, 6 }, await store.GetAsync(sha));
        Assert.Equal(2, Directory.GetFiles(folder).Length);
    }
}
