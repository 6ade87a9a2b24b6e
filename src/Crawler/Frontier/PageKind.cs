namespace LawMonitor.Crawler.Frontier;

/// <summary>What a URL in the frontier is expected to be; the bytes decide in the end (a "PDF" link may serve a page).</summary>
public enum PageKind
{
    /// <summary>A list of documents: its links are followed, it is not a document itself.</summary>
    Listing,

    /// <summary>A page that is a document: ingested, and its attachments followed.</summary>
    Document,

    /// <summary>A file (PDF, DOC, DOCX, RTF): ingested.</summary>
    Attachment,

    /// <summary>A sitemap or sitemap index.</summary>
    Sitemap,
}
