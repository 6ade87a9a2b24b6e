namespace LawMonitor.Indexer.Tests.Support;

/// <summary>
/// The reference data in <c>../shared</c> beside the checkout (present in CI). It is read in place, never copied.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root (the folder holding LawMonitor.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared folder, whether or not it exists.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>Whether the shared folder is present.</summary>
    public static bool Present => Directory.Exists(Root);

    /// <summary>A path inside the shared folder.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LawMonitor.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("LawMonitor.sln not found above " + AppContext.BaseDirectory);
    }
}
