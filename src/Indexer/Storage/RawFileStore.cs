using System.Security.Cryptography;

namespace LawMonitor.Indexer.Storage;

/// <summary>
/// The original files, content-addressed under <c>raw/ab/abcdef…</c> in the data folder (the name is the
/// SHA-256 of the bytes), so any version can be re-parsed when a parser improves. A file is written to a
/// temporary name and renamed into place: a crash never leaves a partial file under a valid name.
/// </summary>
public sealed class RawFileStore
{
    private readonly string root;

    public RawFileStore(string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        root = Path.Combine(dataDirectory, "raw");
    }

    /// <summary>The lower-case hex SHA-256 of <paramref name="content"/>.</summary>
    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// Stores <paramref name="content"/> under its hash (nothing to do when already there) and returns the hash,
    /// on the disk when it returns. Synchronous: it runs inside the index's write transaction, which is
    /// synchronous, and the file is on the local disk.
    /// </summary>
    public string Put(ReadOnlySpan<byte> content)
    {
        var sha = Hash(content);
        if (Write(content, sha) is { } written)
        {
            Flush([written]);
        }

        return sha;
    }

    /// <summary>
    /// Stores <paramref name="content"/> under <paramref name="sha256"/> without waiting for the disk; returns the
    /// file written, or null when the bytes were already there. <see cref="Flush"/> the files before committing
    /// anything that refers to them: a batch then waits for the disk once, not once per file.
    /// </summary>
    public string? Write(ReadOnlySpan<byte> content, string sha256)
    {
        var path = PathOf(sha256);
        // A file whose length differs was renamed into place but lost to a power cut before it was flushed.
        if (File.Exists(path) && new FileInfo(path).Length == content.Length)
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920))
        {
            stream.Write(content);
        }

        try
        {
            File.Move(temporary, path, overwrite: File.Exists(path));
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary); // another writer stored the same bytes first
            return null;
        }

        return path;
    }

    /// <summary>
    /// Waits until <paramref name="written"/> (from <see cref="Write"/>) are on the disk, names and bytes: on Linux
    /// one <c>syncfs</c> of the store's file system, elsewhere each file in turn.
    /// </summary>
    public static void Flush(IReadOnlyCollection<string> written)
    {
        ArgumentNullException.ThrowIfNull(written);
        if (written.Count == 0)
        {
            return;
        }

        if (OperatingSystem.IsLinux())
        {
            using var handle = File.OpenHandle(written.First(), FileMode.Open, FileAccess.Read);
            if (NativeMethods.SyncFileSystem(handle.DangerousGetHandle().ToInt32()) == 0)
            {
                return;
            }
        }

        foreach (var path in written)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Removes the temporary files a killed writer left (<c>….&lt;pid&gt;.&lt;guid&gt;.tmp</c> of a process that is
    /// gone, or of an older build's naming once a day old); returns how many. A live writer's file is kept.
    /// </summary>
    public int RemoveInterrupted(Func<int, bool>? isRunning = null)
    {
        if (!Directory.Exists(root))
        {
            return 0;
        }

        isRunning ??= Parsing.WorkFolders.IsRunning;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories))
        {
            var parts = Path.GetFileName(file).Split('.');
            var orphaned = parts.Length >= 4 && int.TryParse(parts[^3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                ? !isRunning(pid)
                : File.GetLastWriteTimeUtc(file) < DateTime.UtcNow.AddDays(-1);
            if (orphaned)
            {
                try
                {
                    File.Delete(file);
                    removed++;
                }
                catch (IOException)
                {
                    // in use after all; the next start tries again
                }
            }
        }

        return removed;
    }

    /// <summary>The bytes stored under <paramref name="sha256"/>, or null when they are not there.</summary>
    public async Task<byte[]?> GetAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>Whether the bytes of <paramref name="sha256"/> are stored.</summary>
    public bool Contains(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>Where the bytes of <paramref name="sha256"/> live.</summary>
    public string PathOf(string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("not a lower-case hex SHA-256", nameof(sha256));
        }

        return Path.Combine(root, sha256[..2], sha256);
    }
}
