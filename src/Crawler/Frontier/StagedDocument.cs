namespace LawMonitor.Crawler.Frontier;

/// <summary>A fetched body kept in the frontier until ingestion has committed it; <c>FinalUrl</c> is its address after redirects, the document's source key.</summary>
public sealed record StagedDocument(long RunId, Uri Url, Uri FinalUrl, string FileName, string? ContentType, byte[] Body);
