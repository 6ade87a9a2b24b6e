namespace LawMonitor.Crawler.Tests.Support;

/// <summary>A resource the test site serves: bytes, the content type it claims, and the validators of this version.</summary>
public sealed record SiteResource(byte[] Content, string ContentType, string ETag, DateTimeOffset LastModified);
