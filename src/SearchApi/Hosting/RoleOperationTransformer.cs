using System.Text.Json.Nodes;
using LawMonitor.SearchApi.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// Writes into each operation of the OpenAPI document the least role that may call it, as the extension
/// <c>x-lawmonitor-role</c> ("anonymous", "viewer", "analyst", "admin"), read from the endpoint's own
/// authorization, so the contract says who may do what and the API fuzzer checks it without a list of its own.
/// </summary>
internal sealed class RoleOperationTransformer : IOpenApiOperationTransformer
{
    public const string Extension = "x-lawmonitor-role";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var role = metadata.OfType<IAllowAnonymous>().Any() || policies.Count == 0 ? "anonymous"
            : policies.Contains(Policies.Admin) ? "admin"
            : policies.Contains(Policies.Write) ? "analyst"
            : "viewer";
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[Extension] = new JsonNodeExtension(JsonValue.Create(role));
        return Task.CompletedTask;
    }
}
