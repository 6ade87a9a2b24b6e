using System.Text.Json.Nodes;

namespace LawMonitor.SearchApi.Tests.Fuzzing;

/// <summary>One operation of the checked-in OpenAPI document, as the fuzzer walks it.</summary>
/// <param name="Method">GET, POST …</param>
/// <param name="Path">The template: "/api/findings/{id}".</param>
/// <param name="Role">The least role the document says may call it (<c>x-lawmonitor-role</c>).</param>
/// <param name="Parameters">Its path and query parameters.</param>
/// <param name="BodyType">The content type of its body, when it takes one.</param>
/// <param name="BodySchema">The body's schema with references resolved, when it takes JSON.</param>
public sealed record OpenApiOperation(string Method, string Path, string Role, IReadOnlyList<OpenApiParameter> Parameters, string? BodyType, JsonObject? BodySchema)
{
    /// <summary>Whether it may change something.</summary>
    public bool Writes => Method is not "GET" && Path is not "/api/search";

    public override string ToString() => $"{Method} {Path}";

    /// <summary>Every operation of <paramref name="document"/>, in document order.</summary>
    public static IReadOnlyList<OpenApiOperation> All(JsonObject document)
    {
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (method is not ("get" or "post" or "put" or "patch" or "delete"))
                {
                    continue;
                }

                var operation = node!.AsObject();
                var parameters = (operation["parameters"]?.AsArray() ?? [])
                    .Select(p => new OpenApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), TypeOf(p["schema"]), p["required"]?.GetValue<bool>() == true))
                    .ToList();
                var content = operation["requestBody"]?["content"]?.AsObject();
                var bodyType = content?.Select(c => c.Key).FirstOrDefault();
                var schema = bodyType == "application/json" ? Resolve(content![bodyType]!["schema"], schemas, 0) : null;
                operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path, operation["x-lawmonitor-role"]?.GetValue<string>() ?? "missing", parameters, bodyType, schema));
            }
        }

        return operations;
    }

    /// <summary>"integer", "string", "boolean", "number", "array" or "object": the first type that is not null.</summary>
    public static string TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "string",
        JsonValue type => type.GetValue<string>(),
        _ => schema?["properties"] is not null ? "object" : "string",
    };

    private static JsonObject? Resolve(JsonNode? schema, JsonObject? schemas, int depth)
    {
        if (schema is null || depth > 6)
        {
            return null;
        }

        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Resolve(schemas?[reference.Split('/')[^1]], schemas, depth + 1);
        }

        var copy = new JsonObject { ["type"] = TypeOf(schema) };
        if (schema["properties"]?.AsObject() is { } properties)
        {
            var resolved = new JsonObject();
            foreach (var (name, property) in properties)
            {
                resolved[name] = Resolve(property, schemas, depth + 1) ?? new JsonObject { ["type"] = "string" };
            }

            copy["properties"] = resolved;
            copy["required"] = schema["required"]?.DeepClone() ?? new JsonArray();
        }

        if (schema["items"] is { } items)
        {
            copy["items"] = Resolve(items, schemas, depth + 1);
        }

        return copy;
    }
}
