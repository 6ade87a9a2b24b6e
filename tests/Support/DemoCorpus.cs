namespace LawMonitor.Indexer.Tests.Support;

/// <summary>
/// The bundled demo corpus: the files the service ingests (corpus/hoa-phong, in the formats portals publish)
/// and the texts we wrote them from (corpus/_authoring, plain UTF-8).
/// </summary>
public static class DemoCorpus
{
    public static string Folder => Path.Combine(SharedData.RepositoryRoot, "corpus", "hoa-phong");

    /// <summary>The plain text of the demo document <paramref name="name"/> (a .txt file name): where it was written, or where it is published as text.</summary>
    public static string TextPath(string name)
    {
        var authored = Path.Combine(SharedData.RepositoryRoot, "corpus", "_authoring", name);
        return File.Exists(authored) ? authored : Path.Combine(Folder, name);
    }

    public static string Text(string name) => File.ReadAllText(TextPath(name));
}
