using static LawMonitor.Indexer.Storage.Sqlite.Sql;

namespace LawMonitor.Crawler.Frontier;

public sealed partial class CrawlStore
{
    private const string RunColumns = "id, source, trigger, status, started_at, finished_at, message, resumes, dropped";

    /// <summary>Starts a run of <paramref name="source"/>.</summary>
    public long StartRun(string source, string trigger, DateTimeOffset now)
    {
        using var connection = Connect();
        using var command = Command(connection, null, "INSERT INTO runs(source, trigger, status, started_at) VALUES($s, $t, $st, $now) RETURNING id",
            ("$s", source), ("$t", trigger), ("$st", CrawlRunStatus.Running), ("$now", Time(now)));
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Prepares an interrupted run of <paramref name="source"/> to go on: URLs whose fetch was under way are
    /// pending again (their fetch never completed). Returns the run, or null when there is none to resume.
    /// </summary>
    public CrawlRun? ResumeInterrupted(string source)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction();
        using var find = Command(connection, transaction, "SELECT id FROM runs WHERE source=$s AND status=$r ORDER BY id DESC LIMIT 1", ("$s", source), ("$r", CrawlRunStatus.Running));
        if (find.ExecuteScalar() is not long id)
        {
            return null;
        }

        Execute(connection, transaction, "UPDATE frontier SET state=$p WHERE run_id=$id AND state=$f", ("$p", FrontierState.Pending), ("$id", id), ("$f", FrontierState.Fetching));
        Execute(connection, transaction, "UPDATE runs SET resumes=resumes+1 WHERE id=$id", ("$id", id));
        transaction.Commit();
        return GetRun(id);
    }

    /// <summary>Ends a run.</summary>
    public void FinishRun(long runId, string status, string? message, DateTimeOffset now)
    {
        using var connection = Connect();
        Execute(connection, null, "UPDATE runs SET status=$s, message=$m, finished_at=$t WHERE id=$id", ("$s", status), ("$m", message), ("$t", Time(now)), ("$id", runId));
    }

    public CrawlRun? GetRun(long runId) => Runs("id=$id", ("$id", runId)).FirstOrDefault() is { } run ? run with { Counts = Counts(runId) } : null;

    /// <summary>The latest runs, newest first (of one source when given), with their counts.</summary>
    public IReadOnlyList<CrawlRun> ListRuns(string? source, int limit) =>
        Runs("($s IS NULL OR source=$s) ORDER BY id DESC LIMIT $l", ("$s", source), ("$l", limit)).Select(r => r with { Counts = Counts(r.Id) }).ToList();

    /// <summary>When <paramref name="source"/>'s latest run started.</summary>
    public CrawlRun? LatestRun(string source) => Runs("source=$s ORDER BY id DESC LIMIT 1", ("$s", source)).FirstOrDefault();

    /// <summary>The run's tallies, counted from its frontier.</summary>
    public CrawlCounts Counts(long runId)
    {
        using var connection = Connect();
        using var command = Command(connection, null, """
            SELECT state, COALESCE(outcome, ''), COALESCE(error_code, ''), COUNT(*), SUM(requests)
            FROM frontier WHERE run_id=$id GROUP BY 1, 2, 3
            """, ("$id", runId));
        using var reader = command.ExecuteReader();
        var (pages, notModified, requests, added, changed, unchanged, duplicates, queued) = (0, 0, 0, 0, 0, 0, 0, 0);
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var errors = new SortedDictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var (state, outcome, code, count) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3));
            requests += reader.IsDBNull(4) ? 0 : reader.GetInt32(4);
            switch (state)
            {
                case FrontierState.Pending or FrontierState.Fetching or FrontierState.Fetched:
                    queued += count;
                    pages += state == FrontierState.Fetched ? count : 0;
                    break;
                case FrontierState.Skipped:
                    skipped[code] = skipped.GetValueOrDefault(code) + count;
                    break;
                case FrontierState.Failed or FrontierState.Deferred:
                    errors[code] = errors.GetValueOrDefault(code) + count;
                    pages += code.StartsWith("http-", StringComparison.Ordinal) || outcome == "ingest-failed" ? count : 0;
                    break;
                default:
                    pages += count;
                    notModified += outcome == "not-modified" ? count : 0;
                    added += outcome == "added" ? count : 0;
                    changed += outcome == "new-version" ? count : 0;
                    unchanged += outcome is "unchanged" or "reparsed" ? count : 0;
                    duplicates += outcome == "duplicate" ? count : 0;
                    break;
            }
        }

        return new CrawlCounts
        {
            Pages = pages, NotModified = notModified, Requests = requests, DocumentsNew = added, DocumentsChanged = changed,
            DocumentsUnchanged = unchanged, Duplicates = duplicates, Queued = queued, Skipped = skipped, Errors = errors,
        };
    }

    /// <summary>The failed, deferred and skipped URLs of a run.</summary>
    public IReadOnlyList<CrawlError> Errors(long runId, int limit, int offset)
    {
        using var connection = Connect();
        using var command = Command(connection, null, """
            SELECT url, state, COALESCE(error_code, ''), COALESCE(error_message, ''), http_status, referrer FROM frontier
            WHERE run_id=$id AND state IN ('failed', 'deferred', 'skipped') ORDER BY rowid LIMIT $l OFFSET $o
            """, ("$id", runId), ("$l", limit), ("$o", offset));
        using var reader = command.ExecuteReader();
        var list = new List<CrawlError>();
        while (reader.Read())
        {
            list.Add(new CrawlError(new Uri(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), ReadString(reader, 5)));
        }

        return list;
    }

    private List<CrawlRun> Runs(string where, params (string, object?)[] parameters)
    {
        using var connection = Connect();
        using var command = Command(connection, null, $"SELECT {RunColumns} FROM runs WHERE {where}", parameters);
        using var reader = command.ExecuteReader();
        var list = new List<CrawlRun>();
        while (reader.Read())
        {
            list.Add(new CrawlRun(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), ReadTime(reader, 4)!.Value)
            {
                FinishedAt = ReadTime(reader, 5),
                Message = ReadString(reader, 6),
                Resumes = reader.GetInt32(7),
                Dropped = reader.GetInt32(8),
            });
        }

        return list;
    }
}
