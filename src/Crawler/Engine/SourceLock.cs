namespace LawMonitor.Crawler.Engine;

/// <summary>
/// An exclusive lock on a source, held by the process crawling it: a file opened without sharing, which the
/// operating system releases when the process ends however it ends. A run left "running" with no lock held
/// was interrupted, and is resumed.
/// </summary>
internal sealed class SourceLock : IDisposable
{
    private readonly FileStream file;

    private SourceLock(FileStream file) => this.file = file;

    public static SourceLock? TryTake(string dataDirectory, string source)
    {
        var folder = Path.Combine(dataDirectory, "crawl-locks");
        Directory.CreateDirectory(folder);
        try
        {
            return new SourceLock(new FileStream(Path.Combine(folder, source + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => file.Dispose();
}
