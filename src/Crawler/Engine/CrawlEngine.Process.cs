using System.Security.Cryptography;
using LawMonitor.Crawler.Fetching;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Links;
using LawMonitor.Indexer.Parsing;

namespace LawMonitor.Crawler.Engine;

public sealed partial class CrawlEngine
{
    /// <summary>One URL: robots, a (conditional) fetch, then its links queued or its document staged for ingestion — or its failure recorded.</summary>
    private async Task ProcessAsync(RunState state, FrontierItem item, CancellationToken cancellationToken)
    {
        var robots = await state.Robots.ForAsync(item.Url, cancellationToken).ConfigureAwait(false);
        if (!robots.IsAllowed(item.Url))
        {
            var why = robots.DisallowAll ? "không đọc được robots.txt của máy chủ, chưa được phép thu thập (robots.txt unreachable)" : "robots.txt không cho phép (disallowed by robots.txt)";
            store.MarkFailed(item, FrontierState.Skipped, robots.DisallowAll ? "robots-unreachable" : "robots-disallowed", $"{item.Url}: {why}", null, 0);
            state.Processed(item.Url, false);
            return;
        }

        var result = await state.Fetcher.FetchAsync(item.Url, u => store.Page(u) is { } page ? new Validators(page.ETag, page.LastModified) : null,
            (target, ct) => AdmitAsync(state, item, target, ct), cancellationToken).ConfigureAwait(false);
        var known = store.Page(result.FinalUrl);
        var facts = new FetchFacts(result.Requests, result.Status) { ETag = result.ETag, LastModified = result.LastModified };
        switch (result.Outcome)
        {
            case FetchOutcome.Failed:
                var skipped = result.ErrorCode is "robots-disallowed" or "redirect-out-of-scope" or "redirect-known";
                store.MarkFailed(item, skipped ? FrontierState.Skipped : FrontierState.Failed, result.ErrorCode!, result.ErrorMessage!, result.Status == 0 ? null : result.Status, result.Requests);
                state.Processed(item.Url, !skipped);
                return;
            case FetchOutcome.Deferred:
                store.MarkFailed(item, FrontierState.Deferred, result.ErrorCode!, result.ErrorMessage!, result.Status, result.Requests);
                state.Processed(item.Url, true);
                return;
            case FetchOutcome.NotModified:
                var stored = known?.Links ?? [];
                store.CompletePage(item, result.FinalUrl, "not-modified", facts with { ETag = result.ETag ?? known?.ETag, LastModified = result.LastModified ?? known?.LastModified, Sha256 = known?.Sha256 },
                    stored, Queue(state, item, stored), state.Source.MaxPages, remember: false, clock.GetUtcNow());
                state.Processed(item.Url, false);
                return;
        }

        await HandleBodyAsync(state, item, known, result, facts with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(result.Body)) }, cancellationToken).ConfigureAwait(false);
        state.Processed(item.Url, false);
    }

    private async Task HandleBodyAsync(RunState state, FrontierItem item, PageRecord? known, FetchResult result, FetchFacts facts, CancellationToken cancellationToken)
    {
        var source = state.Source;
        var now = clock.GetUtcNow();
        var format = FormatSniffer.Sniff(result.Body);
        var sameBytes = known?.Sha256 == facts.Sha256;
        if (item.Kind == PageKind.Sitemap && format is not (SourceFormat.Pdf or SourceFormat.Doc or SourceFormat.Docx or SourceFormat.Rtf))
        {
            var entries = sameBytes ? known!.Links : SitemapLinks(state, result);
            store.CompletePage(item, result.FinalUrl, "sitemap", facts, entries, Queue(state, item, entries), source.MaxPages, remember: true, now);
            return;
        }

        if (format == SourceFormat.Html)
        {
            var links = sameBytes && known!.Links.Count > 0 ? known.Links : PageLinks(state, item, result);
            if (item.Kind == PageKind.Listing)
            {
                store.CompletePage(item, result.FinalUrl, "listing", facts, links, Queue(state, item, links), source.MaxPages, remember: true, now);
                return;
            }

            await StageAsync(state, item, known, result, facts, links, format, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (format is SourceFormat.Pdf or SourceFormat.Doc or SourceFormat.Docx or SourceFormat.Rtf or SourceFormat.Text)
        {
            await StageAsync(state, item, known, result, facts, [], format, cancellationToken).ConfigureAwait(false);
            return;
        }

        store.MarkFailed(item, FrontierState.Skipped, "unsupported-type",
            $"{result.FinalUrl}: nội dung ({result.ContentType ?? "không rõ loại"}) không phải văn bản đọc được (not HTML, PDF, DOC, DOCX or RTF)", result.Status, result.Requests);
    }

    /// <summary>A document: unchanged bytes cost nothing more; new bytes are kept in the frontier and handed to ingestion.</summary>
    private async Task StageAsync(RunState state, FrontierItem item, PageRecord? known, FetchResult result, FetchFacts facts, IReadOnlyList<StoredLink> links, SourceFormat format, CancellationToken cancellationToken)
    {
        var queue = Queue(state, item, links);
        if (known is { DocumentId: not null } && known.Sha256 == facts.Sha256)
        {
            store.CompletePage(item, result.FinalUrl, "unchanged", facts, links, queue, state.Source.MaxPages, remember: true, clock.GetUtcNow());
            return;
        }

        var name = FileName(result, format);
        store.Stage(item, result.FinalUrl, facts, name, result.ContentType, result.Body, links, queue, state.Source.MaxPages, clock.GetUtcNow());
        await state.Documents.WriteAsync(Input(state.Source, result.FinalUrl, name, result.ContentType, result.Body), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A redirect target must be in scope and allowed by its host's robots.txt.</summary>
    private async ValueTask<(string Code, string Message)?> AdmitAsync(RunState state, FrontierItem item, Uri target, CancellationToken cancellationToken)
    {
        if (!InScope(state.Source, target))
        {
            return ("redirect-out-of-scope", $"chuyển hướng ra ngoài phạm vi nguồn: {target} (redirect out of the source's scope)");
        }

        var robots = await state.Robots.ForAsync(target, cancellationToken).ConfigureAwait(false);
        if (!robots.IsAllowed(target))
        {
            return ("robots-disallowed", $"chuyển hướng tới {target}, robots.txt không cho phép (redirect to a disallowed path)");
        }

        return store.ClaimRedirectTarget(state.RunId, target, item.Url, item.Kind, item.Depth)
            ? null
            : ("redirect-known", $"{item.Url} chuyển hướng tới {target}, địa chỉ đã thu thập trong lần này (redirects to a page this run has)");
    }

    private static List<StoredLink> PageLinks(RunState state, FrontierItem item, FetchResult result)
    {
        var from = item.Kind == PageKind.Attachment ? PageKind.Document : item.Kind;
        var links = new List<StoredLink>();
        foreach (var link in state.Adapter.Links(state.Source, result.FinalUrl, result.Body, result.ContentType))
        {
            if (link.Url != item.Url && InScope(state.Source, link.Url) && state.Adapter.Classify(state.Source, link, from) is { } kind)
            {
                links.Add(new StoredLink(link.Url, kind, link.IsPagination && kind == PageKind.Listing));
            }
        }

        return links;
    }

    private static List<StoredLink> SitemapLinks(RunState state, FetchResult result) =>
        SitemapReader.Read(result.Body, result.FinalUrl, state.Source.CaseInsensitivePaths)
            .Where(e => InScope(state.Source, e.Url))
            .Select(e => e.IsSitemap ? new StoredLink(e.Url, PageKind.Sitemap, false)
                : state.Adapter.Classify(state.Source, new DiscoveredLink(e.Url, "", false), PageKind.Listing) is { } kind ? new StoredLink(e.Url, kind, false) : null)
            .OfType<StoredLink>()
            .ToList();

    /// <summary>The links to queue: pages of a listing at its depth, sitemaps at theirs, everything else one step further, within the source's depth (attachments one beyond).</summary>
    private static List<QueuedLink> Queue(RunState state, FrontierItem item, IReadOnlyList<StoredLink> links)
    {
        var queue = new List<QueuedLink>(links.Count);
        foreach (var link in links)
        {
            var depth = (link.IsPagination && item.Kind == PageKind.Listing) || link.Kind == PageKind.Sitemap || item.Kind == PageKind.Sitemap ? item.Depth : item.Depth + 1;
            var limit = link.Kind == PageKind.Attachment ? state.Source.MaxDepth + 1 : state.Source.MaxDepth;
            if (depth <= limit)
            {
                queue.Add(new QueuedLink(link.Url, link.Kind, depth));
            }
        }

        return queue;
    }

    /// <summary>The server's file name, or the URL's last segment; an extension added when there is none.</summary>
    private static string FileName(FetchResult result, SourceFormat format)
    {
        var name = result.FileName is { Length: > 0 } given ? Path.GetFileName(given) : Uri.UnescapeDataString(result.FinalUrl.Segments[^1]).Trim('/');
        name = string.Concat(name.Where(c => !char.IsControl(c) && c is not '/' and not '\\'));
        if (name.Length == 0)
        {
            name = result.FinalUrl.Host;
        }

        if (Path.GetExtension(name).Length is 0 or > 6)
        {
            name += format switch
            {
                SourceFormat.Pdf => ".pdf",
                SourceFormat.Docx => ".docx",
                SourceFormat.Doc => ".doc",
                SourceFormat.Rtf => ".rtf",
                SourceFormat.Text => ".txt",
                _ => ".html",
            };
        }

        return name;
    }
}
