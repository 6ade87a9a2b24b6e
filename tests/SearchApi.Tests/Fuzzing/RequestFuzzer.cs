using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace LawMonitor.SearchApi.Tests.Fuzzing;

/// <summary>
/// Makes the requests for one operation from its schema: a plausible baseline, then, per parameter and body
/// field, a seeded sample of missing, wrong-typed, oversized, Unicode-hostile and injection-shaped values, and
/// for a body wrong and missing content types, truncated and malformed bodies.
/// </summary>
public sealed class RequestFuzzer(Random random, IReadOnlyDictionary<string, string> known)
{
    /// <summary>Variants tried per parameter or field, at most (the rest of the catalogue is left to other seeds).</summary>
    public int VariantsPerField { get; init; } = 12;

    private const string Missing = "\u0001missing";

    private static readonly string[] Hostile =
    [
        "", " ", "\0", "a\0b", "\uD800", "x\uDC00y", "\u202Eabc\u202C", "\u200F\u200E", "a" + new string('\u0301', 400), "\uFEFF", "👩‍⚖️", "\u0000\u0000",
        "' OR '1'='1' --", "\"; DROP TABLE findings; --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "../../../../etc/passwd",
        "..\\..\\windows\\win.ini", "NEAR(\"a\" \"b\", 2)", "\"unterminated", "a* OR b*", "{{7*7}}", "${jndi:ldap://x/a}", "%00", "%2e%2e%2f",
        "http://169.254.169.254/latest/meta-data/", "http://[::1]:8766/x", "Điều 5 khoản 2 Quyết định 12/2019/QĐ-UBND", "-1", "0", "9223372036854775808",
        "1e309", "NaN", "true", "[]", "{}", "null", "W/\"1\"",
    ];

    /// <summary>Every request for <paramref name="operation"/>.</summary>
    public IReadOnlyList<FuzzCase> Cases(OpenApiOperation operation)
    {
        var cases = new List<FuzzCase> { Build(operation, "baseline", null, null) };
        foreach (var parameter in operation.Parameters)
        {
            foreach (var value in Sample(parameter.In == "query" ? 2_000 : 300, parameter.Type))
            {
                cases.Add(Build(operation, $"{parameter.In} {parameter.Name}={Show(value)}", parameter, value));
            }
        }

        if (operation.BodyType == "application/json" && operation.BodySchema is { } schema)
        {
            foreach (var (field, type) in Fields(schema, ""))
            {
                foreach (var value in Sample(200_000, type))
                {
                    var body = Baseline(schema, 0) as JsonObject ?? [];
                    Set(body, field, value, type);
                    cases.Add(Build(operation, $"body {field}={Show(value)}", null, null) with { Body = Encoding.UTF8.GetBytes(Json(body)) });
                }
            }

            var json = Encoding.UTF8.GetBytes(Json(Baseline(schema, 0)));
            cases.AddRange(Bodies(operation, json,
                ("text/plain", null), ("application/xml", null), (null, null), ("multipart/form-data; boundary=x", null), ("application/json; charset=utf-16", null),
                ("application/json", json[..(json.Length / 2)]), ("application/json", "{"u8.ToArray()), ("application/json", "[]"u8.ToArray()),
                ("application/json", "null"u8.ToArray()), ("application/json", "\"x\""u8.ToArray()), ("application/json", []),
                ("application/json", Encoding.UTF8.GetBytes(new string('[', 5_000) + new string(']', 5_000))),
                ("application/json", [0xFF, 0xFE, 0x00, 0x7B])));
        }
        else if (operation.BodyType == "multipart/form-data")
        {
            cases.AddRange(Multipart(operation));
        }

        if (operation.Method is "PATCH" or "POST" && operation.Path.Contains('{', StringComparison.Ordinal))
        {
            foreach (var tag in new[] { "W/\"1\"", "garbage", "\"99999999999\"", "\"-1\"", "\"1\", \"2\"", "\"\0\"" })
            {
                cases.Add(Build(operation, $"If-Match {tag}", null, null) with { IfMatch = tag });
            }
        }

        return cases;
    }

    private IEnumerable<FuzzCase> Bodies(OpenApiOperation operation, byte[] json, params (string? Type, byte[]? Body)[] variants) =>
        variants.Select(v => Build(operation, $"content {v.Type ?? "none"}, {(v.Body is null ? "valid" : v.Body.Length + " bytes")} body", null, null) with { ContentType = v.Type, Body = v.Body ?? json });

    private IEnumerable<FuzzCase> Multipart(OpenApiOperation operation)
    {
        const string Boundary = "lm-fuzz-ranh-gioi";
        static byte[] Part(string fileName, string text) =>
            Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n{text}\r\n");
        var closing = Encoding.UTF8.GetBytes($"--{Boundary}--\r\n");
        var type = $"multipart/form-data; boundary={Boundary}";
        var decision = "QUYẾT ĐỊNH\nĐiều 1. Phạm vi điều chỉnh của quy chế thử nghiệm " + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture);
        var names = new[] { "qd.txt", "../../etc/passwd", "a\u202Etxt.exe", "\0.pdf", "", new string('x', 5_000) + ".txt", "CON.docx", "tệp có dấu.doc" };
        foreach (var name in names.OrderBy(_ => random.Next()).Take(VariantsPerField))
        {
            yield return Build(operation, $"file name {Show(name)}", null, null) with { ContentType = type, Body = [.. Part(name, decision), .. closing] };
        }

        yield return Build(operation, "multipart truncated", null, null) with { ContentType = type, Body = Part("cut.txt", decision)[..40] };
        yield return Build(operation, "multipart without closing boundary", null, null) with { ContentType = type, Body = Part("cut.txt", decision) };
        yield return Build(operation, "multipart without files", null, null) with { ContentType = type, Body = [.. Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n"), .. closing] };
        yield return Build(operation, "multipart 21 files", null, null) with { ContentType = type, Body = [.. Enumerable.Range(0, 21).SelectMany(i => Part($"f{i}.txt", decision)), .. closing] };
        yield return Build(operation, "multipart empty file", null, null) with { ContentType = type, Body = [.. Part("rong.pdf", ""), .. closing] };
        foreach (var wrong in new[] { "application/json", "text/plain", null, "multipart/form-data" })
        {
            yield return Build(operation, $"content {wrong ?? "none"}", null, null) with { ContentType = wrong, Body = [.. Part("qd.txt", decision), .. closing] };
        }
    }

    private IEnumerable<object?> Sample(int oversized, string type)
    {
        var catalogue = new List<object?> { Missing, WrongTyped(type), new string('a', oversized), new string('đ', oversized / 4) };
        catalogue.AddRange(Hostile.OrderBy(_ => random.Next()).Take(Math.Max(0, VariantsPerField - 4)));
        if (type is "integer" or "number")
        {
            catalogue.AddRange(new object?[] { -1L, 0L, long.MaxValue, 1.5 }.OrderBy(_ => random.Next()).Take(2));
        }

        return catalogue;
    }

    private object? WrongTyped(string type) => type switch
    {
        "integer" or "number" => random.Next(3) switch { 0 => "mười hai", 1 => true, _ => "12abc" },
        "boolean" => random.Next(2) == 0 ? "có" : 2L,
        "array" => random.Next(2) == 0 ? "không phải mảng" : new JsonObject(),
        "object" => random.Next(2) == 0 ? 42L : new JsonArray(),
        _ => random.Next(3) switch { 0 => 12345L, 1 => true, _ => new JsonArray(1, 2) },
    };

    private FuzzCase Build(OpenApiOperation operation, string description, OpenApiParameter? varied, object? value)
    {
        var path = new StringBuilder();
        var template = operation.Path;
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                path.Append(template[i]);
                continue;
            }

            var end = template.IndexOf('}', i);
            var name = template[(i + 1)..end].Split(':')[0];
            var parameter = operation.Parameters.FirstOrDefault(p => p.Name == name);
            var text = parameter is not null && parameter == varied ? (value as string == Missing ? "" : Text(value)) : PathValue(operation, name, parameter?.Type ?? "string");
            path.Append(Escape(text));
            i = end;
        }

        var query = new List<string>();
        if (varied is { In: "query" } && value as string != Missing)
        {
            query.Add(Escape(varied.Name) + "=" + Escape(Text(value)));
        }

        var url = path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
        var writes = operation.Method is not "GET" and not "DELETE";
        byte[]? body = null;
        string? contentType = null;
        if (operation.BodyType == "application/json" && writes)
        {
            body = Encoding.UTF8.GetBytes(Json(operation.BodySchema is { } schema ? Baseline(schema, 0) : new JsonObject()));
            contentType = "application/json";
        }

        var ifMatch = operation.Method is "PATCH" || (operation.Method == "POST" && operation.Path.Contains('{', StringComparison.Ordinal)) ? "*" : null;
        return new FuzzCase(description, operation.Method, url, body, contentType, ifMatch);
    }

    private string PathValue(OpenApiOperation operation, string name, string type)
    {
        var area = operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1) ?? "";
        return known.TryGetValue($"{area}.{name}", out var value) ? value : type == "integer" ? "1" : "khong-co-ten-nay";
    }

    private JsonNode? Baseline(JsonObject schema, int depth)
    {
        var type = schema["type"]?.GetValue<string>() ?? "string";
        if (type == "object")
        {
            var result = new JsonObject();
            var required = schema["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
            foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            {
                if (required.Contains(name) || random.Next(2) == 0)
                {
                    result[name] = depth > 3 ? null : Baseline(property!.AsObject(), depth + 1);
                }
            }

            return result;
        }

        return type switch
        {
            "integer" or "number" => JsonValue.Create(1),
            "boolean" => JsonValue.Create(true),
            "array" => schema["items"] is JsonObject items && depth < 3 ? new JsonArray(Baseline(items, depth + 1)) : new JsonArray(),
            _ => JsonValue.Create("Hòa Phong " + random.Next(1000).ToString(CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>The top-level and nested fields of a body: "description", "provisions[0].path".</summary>
    private static IEnumerable<(string Path, string Type)> Fields(JsonObject schema, string prefix)
    {
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            var type = property?["type"]?.GetValue<string>() ?? "string";
            yield return (prefix + name, type);
            if (type == "array" && property!["items"] is JsonObject { } items && items["properties"] is not null && prefix.Length == 0)
            {
                foreach (var nested in Fields(items, name + "[0]."))
                {
                    yield return nested;
                }
            }
        }
    }

    private void Set(JsonObject body, string field, object? value, string type)
    {
        var target = body;
        var name = field;
        var dot = field.IndexOf("[0].", StringComparison.Ordinal);
        if (dot > 0)
        {
            var array = new JsonArray(new JsonObject());
            body[field[..dot]] = array;
            target = array[0]!.AsObject();
            name = field[(dot + 4)..];
        }

        if (value as string == Missing)
        {
            target.Remove(name);
            return;
        }

        target[name] = value switch
        {
            JsonNode node => node.DeepClone(),
            string text => JsonValue.Create(text),
            long number => JsonValue.Create(number),
            double number => JsonValue.Create(number),
            bool flag => JsonValue.Create(flag),
            _ => null,
        };
        _ = type;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        JsonNode node => node.ToJsonString(),
        _ => value.ToString() ?? "",
    };

    private static string Show(object? value)
    {
        var text = value as string == Missing ? "(missing)" : Text(value);
        var shown = new string([.. text.Take(40).Select(c => c < ' ' || char.IsSurrogate(c) || c is '\u202E' or '\u200F' or '\u200E' ? '·' : c)]);
        return text.Length > 40 ? $"{shown}…({text.Length} chars)" : shown;
    }

    /// <summary>Percent-encodes as UTF-8; a lone surrogate goes as the bytes a careless encoder would send (WTF-8), which are not UTF-8.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(Uri.EscapeDataString(text.AsSpan(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"%ED%{0x80 | ((c >> 6) & 0x3F):X2}%{0x80 | (c & 0x3F):X2}");
            }
            else
            {
                builder.Append(Uri.EscapeDataString(c.ToString()));
            }
        }

        return builder.ToString();
    }

    /// <summary>JSON text with every non-ASCII character escaped, lone surrogates among them (a writer would refuse them).</summary>
    private static string Json(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder);
        return builder.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder builder)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                builder.Append('{');
                var first = true;
                foreach (var (name, value) in obj)
                {
                    builder.Append(first ? "" : ",");
                    first = false;
                    WriteString(name, builder);
                    builder.Append(':');
                    Write(value, builder);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    Write(array[i], builder);
                }

                builder.Append(']');
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                WriteString(text, builder);
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }

    private static void WriteString(string text, StringBuilder builder)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || c > '~')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
    }
}
