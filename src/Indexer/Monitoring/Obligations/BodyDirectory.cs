using LawMonitor.Indexer.Legal;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>The province's bodies (<see cref="GovernmentBody"/>), and which of them the words of a provision name.</summary>
public sealed class BodyDirectory(IReadOnlyList<GovernmentBody> bodies)
{
    /// <summary>An empty directory: every obligation is owed by its obligor as written.</summary>
    public static BodyDirectory Empty { get; } = new([]);

    public IReadOnlyList<GovernmentBody> Bodies { get; } = bodies ?? throw new ArgumentNullException(nameof(bodies));

    /// <summary>
    /// The bodies <paramref name="obligor"/> names: by name ("Sở Tư pháp"), or by a group they belong to ("các sở,
    /// ban, ngành"), in the directory's order; none when it names none of them.
    /// </summary>
    public IReadOnlyList<string> Expand(string obligor)
    {
        ArgumentNullException.ThrowIfNull(obligor);
        return [.. Bodies.Where(b => BodyNames.Mentions(obligor, b.Name) || b.Groups.Any(g => BodyNames.Mentions(obligor, g))).Select(b => b.Name)];
    }

    /// <summary>The directory's name for <paramref name="name"/> (the same body written another way), or the name as given.</summary>
    public string Canonical(string name) => Bodies.FirstOrDefault(b => BodyNames.Same(b.Name, name))?.Name ?? name;
}
