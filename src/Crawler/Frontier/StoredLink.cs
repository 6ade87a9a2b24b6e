namespace LawMonitor.Crawler.Frontier;

/// <summary>A link kept with its page: where it leads, what it is expected to be, and whether it is another page of a listing.</summary>
public sealed record StoredLink(Uri Url, PageKind Kind, bool IsPagination)
{
    internal string Encode() => $"{(int)Kind}{(IsPagination ? 'p' : '-')}{Url}";

    internal static StoredLink? Decode(string line) =>
        line.Length > 2 && char.IsAsciiDigit(line[0]) && Uri.TryCreate(line[2..], UriKind.Absolute, out var url)
            ? new StoredLink(url, (PageKind)(line[0] - '0'), line[1] == 'p')
            : null;
}
