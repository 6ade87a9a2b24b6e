using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace LawMonitor.SearchApi.Endpoints;

/// <summary>
/// What an /api request that no endpoint took is told. Routing passes over an endpoint whose body type does
/// not match the request's Content-Type, so such a request lands here: when an endpoint of that address and
/// method exists, the caller learns first that it must sign in (401) or lacks the role (403), then which
/// Content-Type the endpoint takes (415). Only an address with no endpoint at all is a 404.
/// </summary>
internal static class UnmatchedApiRequest
{
    public static async Task<IResult> Answer(HttpContext http, string path, EndpointDataSource endpoints, IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
    {
        var target = Find(endpoints, http.Request.Path, http.Request.Method);
        if (target is null)
        {
            return Problems.NotFound($"Không có địa chỉ /api/{path} (no such API endpoint).");
        }

        if (target.Metadata.GetMetadata<IAllowAnonymous>() is null
            && await AuthorizationPolicy.CombineAsync(policies, target.Metadata.GetOrderedMetadata<IAuthorizeData>(), target.Metadata.GetOrderedMetadata<AuthorizationPolicy>()) is { } policy
            && !(await authorization.AuthorizeAsync(http.User, policy)).Succeeded)
        {
            return http.User.Identity?.IsAuthenticated == true
                ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden)
                : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized);
        }

        // Routing also passes over an address whose value breaks a constraint ("/api/findings/abc" for {id:long}):
        // when the body's type was right, that is what went wrong, and the address is not one of ours.
        var accepted = target.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
        var sent = http.Request.ContentType?.Split(';')[0].Trim();
        if (accepted.Count == 0 || accepted.Any(a => string.Equals(a, sent, StringComparison.OrdinalIgnoreCase)))
        {
            return Problems.NotFound($"Không có địa chỉ /api/{path} (no such API endpoint).");
        }

        return Problems.UnsupportedMediaType([.. accepted], http.Request.ContentType);
    }

    private static Endpoint? Find(EndpointDataSource endpoints, PathString path, string method)
    {
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is null || !methods.Contains(method, StringComparer.OrdinalIgnoreCase) || endpoint.RoutePattern.RawText is not { } raw || raw.Contains("{**", StringComparison.Ordinal))
            {
                continue;
            }

            if (new TemplateMatcher(TemplateParser.Parse(raw.TrimStart('/')), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()))
            {
                return endpoint;
            }
        }

        return null;
    }
}
