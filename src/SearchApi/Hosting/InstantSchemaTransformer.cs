using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// Keeps an instant in the OpenAPI document what it is on the wire, an ISO 8601 string ("date-time", nullable
/// where the property is): the schema generator leaves the type out for a type with a converter of its own, and
/// instants have one (<see cref="Indexer.Calendar.VietnamInstantJsonConverter"/>, which writes them at Vietnam's offset).
/// </summary>
internal sealed class InstantSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
        }

        return Task.CompletedTask;
    }
}
