using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Legal;

/// <summary>
/// Where a document's provisions moved when it was read again by a newer parser: each old path whose provision —
/// the same words at the same level — now has another path. Parser 10 numbered a plan's outline items within their
/// section ("Khoản 2" became "Mục I.2"), so what the registers and watches say of "Khoản 2" is moved with it.
/// A provision whose words occur twice at its level, or whose old path two provisions shared, is left alone: which one
/// was meant cannot be told.
/// </summary>
/// <param name="Document">The document read again.</param>
/// <param name="Paths">Old path → new path, for the provisions that moved.</param>
public sealed record ProvisionPathChanges(DocumentId Document, IReadOnlyDictionary<string, string> Paths)
{
    public bool IsEmpty => Paths.Count == 0;

    /// <summary>The path <paramref name="path"/> has now (itself when it did not move).</summary>
    public string Map(string path) => Paths.TryGetValue(path, out var moved) ? moved : path;

    /// <summary>Whether the provision <paramref name="path"/> of <paramref name="document"/> is one that moved.</summary>
    public bool Moves(DocumentId document, string path) => document == Document && Paths.ContainsKey(path);

    /// <summary>The moves between the tree of <paramref name="oldText"/> and that of <paramref name="newText"/>.</summary>
    public static ProvisionPathChanges Between(DocumentId document, string oldText, DocumentStructure old, string newText, DocumentStructure @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var after = ByWords(newText, @new);
        var shared = old.AllNodes.GroupBy(n => n.Path).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ToHashSet(StringComparer.Ordinal);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (words, path) in ByWords(oldText, old))
        {
            // An old path two provisions shared (both sections' first items were "Khoản 1") names neither for sure.
            if (after.TryGetValue(words, out var now) && now is not null && path is not null && now != path && !shared.Contains(path))
            {
                paths[path] = now;
            }
        }

        return new ProvisionPathChanges(document, paths);
    }

    /// <summary>Each node's path by its level and words; null where two nodes share them.</summary>
    private static Dictionary<(ProvisionLevel, string), string?> ByWords(string text, DocumentStructure structure)
    {
        var nodes = new Dictionary<(ProvisionLevel, string), string?>();
        foreach (var node in structure.AllNodes)
        {
            if (node.Start < 0 || node.End > text.Length || node.End <= node.Start)
            {
                continue;
            }

            var key = (node.Level, string.Join(' ', text[node.Start..node.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            nodes[key] = nodes.ContainsKey(key) ? null : node.Path.ToString();
        }

        return nodes;
    }
}
