using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Where a document's provisions moved when it was read again by a newer parser: each old path whose provision —
/// the same words at the same level — now has another path. Parser 10 numbered a plan's outline items within their
/// section ("Khoản 2" became "Mục I.2"), so what the registers and watches say of "Khoản 2" is moved with it.
/// An old path two provisions shared (parser 9 numbered the first item of every section "Khoản 1") is told apart by
/// where the reference points in the text (<see cref="SharedSpans"/>); without a place it is left alone, as is a
/// provision whose words occur twice at its level: which one was meant cannot be told.
/// </summary>
/// <param name="Document">The document read again.</param>
/// <param name="Paths">Old path → new path, for the provisions that moved whose old path was theirs alone.</param>
public sealed record ProvisionPathChanges(DocumentId Document, IReadOnlyDictionary<string, string> Paths)
{
    /// <summary>The provisions that moved from an old path they shared with another: where each was in the old text, and its new path.</summary>
    public IReadOnlyList<SharedPathMove> SharedSpans { get; init; } = [];

    public bool IsEmpty => Paths.Count == 0 && SharedSpans.Count == 0;

    /// <summary>The path the provision at <paramref name="path"/> (at <paramref name="start"/> in the text, when known) has now; itself when it did not move.</summary>
    public string Map(string path, int? start = null) =>
        Paths.TryGetValue(path, out var moved) ? moved
        : Shared(path, start) is { } shared ? shared.NewPath
        : path;

    /// <summary>Whether the provision <paramref name="path"/> of <paramref name="document"/> (at <paramref name="start"/>, when known) is one that moved.</summary>
    public bool Moves(DocumentId document, string path, int? start = null) =>
        document == Document && (Paths.ContainsKey(path) || Shared(path, start) is not null);

    private SharedPathMove? Shared(string path, int? start) =>
        start is { } at ? SharedSpans.FirstOrDefault(s => s.OldPath == path && s.Start <= at && at < s.End) : null;

    /// <summary>The moves between the tree of <paramref name="oldText"/> and that of <paramref name="newText"/>.</summary>
    public static ProvisionPathChanges Between(DocumentId document, string oldText, DocumentStructure old, string newText, DocumentStructure @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var after = ByWords(newText, @new);
        var shared = old.AllNodes.GroupBy(n => n.Path).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ToHashSet(StringComparer.Ordinal);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var spans = new List<SharedPathMove>();
        foreach (var (words, node) in ByWords(oldText, old))
        {
            if (node is null || !after.TryGetValue(words, out var now) || now is null || now.Path.Equals(node.Path))
            {
                continue;
            }

            var path = node.Path.ToString();
            if (shared.Contains(path))
            {
                spans.Add(new SharedPathMove(path, node.Start, node.End, now.Path.ToString()));
            }
            else
            {
                paths[path] = now.Path.ToString();
            }
        }

        return new ProvisionPathChanges(document, paths) { SharedSpans = spans };
    }

    /// <summary>Each node by its level and words; null where two nodes share them.</summary>
    private static Dictionary<(ProvisionLevel, string), StructureNode?> ByWords(string text, DocumentStructure structure)
    {
        var nodes = new Dictionary<(ProvisionLevel, string), StructureNode?>();
        foreach (var node in structure.AllNodes)
        {
            if (node.Start < 0 || node.End > text.Length || node.End <= node.Start)
            {
                continue;
            }

            var key = (node.Level, string.Join(' ', text[node.Start..node.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            nodes[key] = nodes.ContainsKey(key) ? null : node;
        }

        return nodes;
    }
}
