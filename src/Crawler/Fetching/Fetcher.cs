using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using LawMonitor.Crawler.Politeness;
using LawMonitor.Crawler.Sources;
using Polly;
using Polly.Retry;

namespace LawMonitor.Crawler.Fetching;

/// <summary>
/// Fetches one URL for a source: waits for the host's turn (<see cref="HostGate"/>), sends a conditional GET
/// when validators are known, retries timeouts, connection failures, 429 and 5xx with exponential backoff and
/// jitter (Polly) honouring Retry-After, follows redirects itself (each target checked for scope, robots and
/// loops, at most the source's limit), refuses private addresses at connect time, and reads at most the size
/// limit. Every failure is a <see cref="FetchResult"/> with a stable code, never an exception.
/// </summary>
public sealed class Fetcher : IDisposable
{
    private readonly CrawlSource source;
    private readonly HostGate gate;
    private readonly TimeProvider clock;
    private readonly HttpClient http;
    private readonly ResiliencePipeline<RawResponse> retry;

    public Fetcher(CrawlSource source, HostGate gate, string userAgent, TimeProvider clock)
    {
        this.source = source;
        this.gate = gate;
        this.clock = clock;
        var allowPrivate = source.AllowPrivate;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(Math.Min(15, source.Timeout.TotalSeconds)),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = Math.Max(1, source.MaxConcurrentPerHost),
            ConnectCallback = (context, ct) => ConnectAsync(context.DnsEndPoint, allowPrivate, ct),
        };
        http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/xml;q=0.9,*/*;q=0.8");
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi,en;q=0.5");
        retry = BuildRetry(source, clock);
    }

    /// <summary>
    /// Fetches <paramref name="url"/>. <paramref name="validators"/> gives each hop's validators from the last
    /// crawl (a conditional GET); <paramref name="admit"/> checks each redirect target (scope, robots) and
    /// returns an error code and message to stop, or null to follow.
    /// </summary>
    public async Task<FetchResult> FetchAsync(Uri url, Func<Uri, Validators?> validators, Func<Uri, CancellationToken, ValueTask<(string Code, string Message)?>> admit, CancellationToken cancellationToken)
    {
        var current = url;
        var seen = new HashSet<Uri> { url };
        var requests = 0;
        for (var redirects = 0; ; redirects++)
        {
            RawResponse response;
            var attempts = 0;
            try
            {
                var target = current;
                var conditional = validators(current) is { Any: true } known ? known : null;
                response = await retry.ExecuteAsync(async ct =>
                {
                    attempts++;
                    return await SendAsync(target, conditional, ct).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return FetchResult.Failure(url, "timeout", $"{current}: máy chủ không trả lời trong {source.Timeout.TotalSeconds:0.#} giây, đã thử {attempts} lần (timed out)") with { Requests = requests + attempts };
            }
            catch (HttpRequestException e) when (e.InnerException is BlockedAddressException blocked)
            {
                return FetchResult.Failure(url, "private-address", $"{current}: {blocked.Message}") with { Requests = requests + attempts };
            }
            catch (HttpRequestException e)
            {
                return FetchResult.Failure(url, "connection", $"{current}: không kết nối được ({e.Message}), đã thử {attempts} lần (connection failed)") with { Requests = requests + attempts };
            }

            requests += attempts;
            if (response.Status is >= 300 and < 400 and not 304)
            {
                if (response.Location is null)
                {
                    return FetchResult.Failure(url, $"http-{response.Status}", $"{current}: chuyển hướng không có Location (redirect without a Location)", response.Status) with { Requests = requests };
                }

                var next = Links.UrlCanonicalizer.Canonicalize(new Uri(current, response.Location), source.CaseInsensitivePaths);
                if (next is null || !seen.Add(next))
                {
                    return FetchResult.Failure(url, "redirect-loop", $"{url}: chuyển hướng vòng tròn qua {next} (redirect loop)", response.Status) with { Requests = requests };
                }

                if (redirects + 1 > source.MaxRedirects)
                {
                    return FetchResult.Failure(url, "too-many-redirects", $"{url}: hơn {source.MaxRedirects} lần chuyển hướng (too many redirects)", response.Status) with { Requests = requests };
                }

                if (await admit(next, cancellationToken).ConfigureAwait(false) is { } refused)
                {
                    return FetchResult.Failure(url, refused.Code, refused.Message, response.Status) with { Requests = requests };
                }

                current = next;
                continue;
            }

            return Finish(url, current, response, requests);
        }
    }

    public void Dispose() => http.Dispose();

    private FetchResult Finish(Uri url, Uri final, RawResponse response, int requests)
    {
        if (response.Status == 304)
        {
            return new FetchResult(url, FetchOutcome.NotModified) { FinalUrl = final, Status = 304, Requests = requests, ETag = response.ETag, LastModified = response.LastModified };
        }

        if (response.Status is >= 200 and < 300)
        {
            if (response.TooLarge)
            {
                var size = response.DeclaredLength is { } declared ? $"{declared / 1048576.0:0.#} MB" : "hơn giới hạn";
                return FetchResult.Failure(url, "too-large", $"{final}: {size}, vượt giới hạn {source.MaxResponseBytes / 1048576.0:0.#} MB; không tải (response larger than maxResponseMegabytes)", response.Status) with { Requests = requests };
            }

            return new FetchResult(url, FetchOutcome.Ok)
            {
                FinalUrl = final, Status = response.Status, Body = response.Body, ContentType = response.ContentType, FileName = response.FileName,
                ETag = response.ETag, LastModified = response.LastModified, Requests = requests,
            };
        }

        if (response.Status is 429 or 503 && response.RetryAfter is { } wait && wait > source.MaxRetryAfter)
        {
            return new FetchResult(url, FetchOutcome.Deferred)
            {
                FinalUrl = final, Status = response.Status, Requests = requests, RetryAt = clock.GetUtcNow() + wait, ErrorCode = "rate-limited",
                ErrorMessage = $"{final}: máy chủ yêu cầu chờ {wait.TotalMinutes:0} phút (Retry-After); để lại cho lần thu thập sau",
            };
        }

        var code = response.Status == 429 ? "rate-limited" : $"http-{response.Status}";
        return FetchResult.Failure(url, code, $"{final}: máy chủ trả lời {response.Status}{(response.Status >= 500 || response.Status == 429 ? $" sau {requests} lần thử" : "")}", response.Status) with { Requests = requests };
    }

    private async Task<RawResponse> SendAsync(Uri url, Validators? validators, CancellationToken cancellationToken)
    {
        using var lease = await gate.EnterAsync(url.Authority, cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(source.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (validators?.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var headers = new RawResponse(status, [])
            {
                ContentType = response.Content.Headers.ContentType?.ToString(),
                FileName = (response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName)?.Trim('"'),
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
                Location = response.Headers.Location,
                RetryAfter = RetryAfter(response.Headers.RetryAfter),
                DeclaredLength = response.Content.Headers.ContentLength,
            };
            if (status is 429 or 503 && headers.RetryAfter is { } after)
            {
                // Every worker on this host waits, not only this request's retry.
                gate.Defer(url.Authority, clock.GetUtcNow() + after);
            }

            if (status is < 200 or >= 300)
            {
                return headers;
            }

            if (headers.DeclaredLength > source.MaxResponseBytes)
            {
                return headers with { TooLarge = true };
            }

            var (body, tooLarge) = await ReadCappedAsync(response.Content, source.MaxResponseBytes, timeout.Token).ConfigureAwait(false);
            return headers with { Body = body, TooLarge = tooLarge };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{url} timed out");
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - clock.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero,
        _ => null,
    };

    private static async Task<(byte[] Body, bool TooLarge)> ReadCappedAsync(HttpContent content, long max, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return ([], true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken).ConfigureAwait(false);
        var usable = addresses.Where(a => allowPrivate || AddressGuard.IsPublic(a)).ToArray();
        if (usable.Length == 0)
        {
            throw new BlockedAddressException(endpoint.Host, addresses.FirstOrDefault()?.ToString() ?? "?");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, endpoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static ResiliencePipeline<RawResponse> BuildRetry(CrawlSource settings, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<RawResponse> { TimeProvider = time };
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<RawResponse>
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: TimeoutException } => true,
                    { Exception: HttpRequestException { InnerException: BlockedAddressException } } => false,
                    { Exception: HttpRequestException } => true,
                    { Result: { } r } => r.Status is 429 or 500 or 502 or 503 or 504 && (r.RetryAfter is null || r.RetryAfter <= settings.MaxRetryAfter),
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter is { } after ? (TimeSpan?)after : null),
            });
        }

        return builder.Build();
    }
}
