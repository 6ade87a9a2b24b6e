using Microsoft.AspNetCore.Http.Metadata;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>The largest request body an endpoint accepts (Kestrel refuses a larger one before it is read).</summary>
internal sealed class RequestSizeLimitMetadata(long limit) : IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => limit;
}
