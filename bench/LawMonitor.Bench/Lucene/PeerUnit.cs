namespace LawMonitor.Bench.Lucene;

/// <summary>One searchable unit (an article or a preamble) as the peers index it.</summary>
internal sealed record PeerUnit(string Id, string Title, string Heading, string Body);
