using Microsoft.Data.Sqlite;
using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Crawler.Frontier;

public sealed partial class CrawlStore
{
    /// <summary>Adds URLs to a run's frontier (a URL already there is left alone); beyond <paramref name="maxPages"/> URLs are dropped and counted.</summary>
    public int Enqueue(long runId, IEnumerable<QueuedLink> links, string? referrer, int maxPages)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        var added = Enqueue(connection, transaction, runId, links, referrer, maxPages);
        transaction.Commit();
        return added;
    }

    /// <summary>The hosts with URLs waiting in a run.</summary>
    public IReadOnlyList<string> PendingHosts(long runId)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT DISTINCT host FROM frontier WHERE run_id=$r AND state=$p", ("$r", runId), ("$p", FrontierState.Pending));
        using var reader = command.ExecuteReader();
        var hosts = new List<string>();
        while (reader.Read())
        {
            hosts.Add(reader.GetString(0));
        }

        return hosts;
    }

    /// <summary>Takes the oldest waiting URL of <paramref name="host"/> in a run, or null when none is left.</summary>
    public FrontierItem? Claim(long runId, string host)
    {
        using var connection = Connect();
        using var command = Command(connection, null, """
            UPDATE frontier SET state='fetching'
            WHERE rowid = (SELECT rowid FROM frontier WHERE run_id=$r AND state='pending' AND host=$h ORDER BY rowid LIMIT 1)
            RETURNING url, kind, depth, referrer
            """, ("$r", runId), ("$h", host));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new FrontierItem(runId, new Uri(reader.GetString(0)), (PageKind)reader.GetInt32(1), reader.GetInt32(2), ReadString(reader, 3)) : null;
    }

    /// <summary>
    /// A page that is not a document (a listing, a sitemap, a 304) is done: its links are queued, its outcome
    /// recorded and, when <paramref name="remember"/>, its validators and links kept for the next run — one transaction.
    /// </summary>
    public void CompletePage(FrontierItem item, Uri finalUrl, string outcome, FetchFacts facts, IReadOnlyList<StoredLink> links, IReadOnlyList<QueuedLink> queue, int maxPages, bool remember, DateTimeOffset now)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        Enqueue(connection, transaction, item.RunId, queue, item.Url.ToString(), maxPages);
        Execute(connection, transaction, """
            UPDATE frontier SET state='done', outcome=$o, requests=requests+$q, http_status=$s, etag=$e, last_modified=$lm, sha256=$sha, fetched_at=$t
            WHERE run_id=$r AND url=$u
            """, ("$o", outcome), ("$q", facts.Requests), ("$s", facts.HttpStatus), ("$e", facts.ETag), ("$lm", facts.LastModified), ("$sha", facts.Sha256),
            ("$t", Time(now)), ("$r", item.RunId), ("$u", item.Url.ToString()));
        if (remember)
        {
            PutPage(connection, transaction, finalUrl, facts, null, Encode(links), now);
        }

        transaction.Commit();
    }

    /// <summary>A fetched document's body is kept, with its links queued, until ingestion has committed it.</summary>
    public void Stage(FrontierItem item, Uri finalUrl, FetchFacts facts, string fileName, string? contentType, byte[] body, IReadOnlyList<StoredLink> links, IReadOnlyList<QueuedLink> queue, int maxPages, DateTimeOffset now)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        Enqueue(connection, transaction, item.RunId, queue, item.Url.ToString(), maxPages);
        Execute(connection, transaction, """
            UPDATE frontier SET state='fetched', requests=requests+$q, http_status=$s, etag=$e, last_modified=$lm, sha256=$sha, fetched_at=$t,
                body=$b, file_name=$f, content_type=$ct, links=$l, final_url=$fu
            WHERE run_id=$r AND url=$u
            """, ("$fu", finalUrl.ToString()), ("$q", facts.Requests), ("$s", facts.HttpStatus), ("$e", facts.ETag), ("$lm", facts.LastModified), ("$sha", facts.Sha256), ("$t", Time(now)),
            ("$b", body), ("$f", fileName), ("$ct", contentType), ("$l", Encode(links)), ("$r", item.RunId), ("$u", item.Url.ToString()));
        transaction.Commit();
    }

    /// <summary>The documents of a run fetched but not yet committed by ingestion (after a crash: ingested from the kept body, never fetched again).</summary>
    public IReadOnlyList<StagedDocument> Staged(long runId)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT url, COALESCE(final_url, url), file_name, content_type, body FROM frontier WHERE run_id=$r AND state='fetched' ORDER BY rowid", ("$r", runId));
        using var reader = command.ExecuteReader();
        var list = new List<StagedDocument>();
        while (reader.Read())
        {
            list.Add(new StagedDocument(runId, new Uri(reader.GetString(0)), new Uri(reader.GetString(1)), reader.GetString(2), ReadString(reader, 3), (byte[])reader.GetValue(4)));
        }

        return list;
    }

    /// <summary>The frontier URL of a staged document whose address (after redirects) is <paramref name="finalUrl"/>.</summary>
    public Uri? StagedUrl(long runId, Uri finalUrl)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "SELECT url FROM frontier WHERE run_id=$r AND state='fetched' AND (final_url=$f OR url=$f) LIMIT 1", ("$r", runId), ("$f", finalUrl.ToString()));
        return command.ExecuteScalar() is string url ? new Uri(url) : null;
    }

    /// <summary>
    /// A redirect leads to <paramref name="target"/>: when the run has not reached it yet, it is claimed (done,
    /// "via-redirect") so it is not fetched twice, and true is returned; false when the run has it already.
    /// </summary>
    public bool ClaimRedirectTarget(long runId, Uri target, Uri from, PageKind kind, int depth)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var state = Command(connection, transaction, "SELECT state FROM frontier WHERE run_id=$r AND url=$u", ("$r", runId), ("$u", target.ToString()));
        var current = state.ExecuteScalar() as string;
        if (current is not null and not FrontierState.Pending)
        {
            return false;
        }

        Execute(connection, transaction, """
            INSERT INTO frontier(run_id, url, host, kind, depth, referrer, state, outcome) VALUES($r, $u, $h, $k, $d, $ref, 'done', 'via-redirect')
            ON CONFLICT(run_id, url) DO UPDATE SET state='done', outcome='via-redirect', referrer=$ref
            """, ("$r", runId), ("$u", target.ToString()), ("$h", target.Authority.ToLowerInvariant()), ("$k", (int)kind), ("$d", depth), ("$ref", from.ToString()));
        if (current is null)
        {
            Execute(connection, transaction, "UPDATE runs SET size=size+1 WHERE id=$r", ("$r", runId));
        }

        transaction.Commit();
        return true;
    }

    /// <summary>Ingestion committed the document: the URL is done, its validators and links are kept for the next run, its body dropped.</summary>
    public void MarkIngested(long runId, Uri url, string outcome, string? documentId, DateTimeOffset now)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, """
            INSERT INTO pages(url, etag, last_modified, sha256, document_id, links, fetched_at)
            SELECT COALESCE(final_url, url), etag, last_modified, sha256, $d, links, $t FROM frontier WHERE run_id=$r AND url=$u
            ON CONFLICT(url) DO UPDATE SET etag=excluded.etag, last_modified=excluded.last_modified, sha256=excluded.sha256,
                document_id=excluded.document_id, links=excluded.links, fetched_at=excluded.fetched_at
            """, ("$d", documentId), ("$t", Time(now)), ("$r", runId), ("$u", url.ToString()));
        Execute(connection, transaction, "UPDATE frontier SET state='done', outcome=$o, document_id=$d, body=NULL WHERE run_id=$r AND url=$u",
            ("$o", outcome), ("$d", documentId), ("$r", runId), ("$u", url.ToString()));
        transaction.Commit();
    }

    /// <summary>A URL that could not be fetched, was refused, deferred by the server, or whose file ingestion rejected.</summary>
    public void MarkFailed(FrontierItem item, string state, string code, string message, int? httpStatus, int requests, string? outcome = null)
    {
        using var connection = Connect();
        Execute(connection, null, """
            UPDATE frontier SET state=$st, error_code=$c, error_message=$m, http_status=COALESCE($s, http_status), requests=requests+$q, outcome=COALESCE($o, outcome), body=NULL
            WHERE run_id=$r AND url=$u
            """, ("$st", state), ("$c", code), ("$m", message), ("$s", httpStatus), ("$q", requests), ("$o", outcome), ("$r", item.RunId), ("$u", item.Url.ToString()));
    }

    private static int Enqueue(SqliteConnection connection, SqliteTransaction transaction, long runId, IEnumerable<QueuedLink> links, string? referrer, int maxPages)
    {
        using var size = Command(connection, transaction, "SELECT size FROM runs WHERE id=$r", ("$r", runId));
        var count = Convert.ToInt32(size.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
        using var insert = Command(connection, transaction, """
            INSERT OR IGNORE INTO frontier(run_id, url, host, kind, depth, referrer, state) VALUES($r, $u, $h, $k, $d, $ref, 'pending')
            """, ("$r", runId), ("$u", ""), ("$h", ""), ("$k", 0), ("$d", 0), ("$ref", referrer));
        using var exists = Command(connection, transaction, "SELECT 1 FROM frontier WHERE run_id=$r AND url=$u", ("$r", runId), ("$u", ""));
        var (added, dropped) = (0, 0);
        foreach (var link in links)
        {
            var url = link.Url.ToString();
            if (count + added >= maxPages)
            {
                exists.Parameters["$u"].Value = url;
                dropped += exists.ExecuteScalar() is null ? 1 : 0;
                continue;
            }

            insert.Parameters["$u"].Value = url;
            insert.Parameters["$h"].Value = link.Url.Authority.ToLowerInvariant();
            insert.Parameters["$k"].Value = (int)link.Kind;
            insert.Parameters["$d"].Value = link.Depth;
            added += insert.ExecuteNonQuery();
        }

        Execute(connection, transaction, "UPDATE runs SET size=size+$a, dropped=dropped+$x WHERE id=$r", ("$a", added), ("$x", dropped), ("$r", runId));
        return added;
    }

    private static string? Encode(IReadOnlyList<StoredLink> links) => links.Count == 0 ? null : string.Join('\n', links.Select(l => l.Encode()));

    internal static IReadOnlyList<StoredLink> Decode(string? links) =>
        links is null ? [] : links.Split('\n').Select(StoredLink.Decode).OfType<StoredLink>().ToList();
}
