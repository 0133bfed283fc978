using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// The shape of a JSON body, read from the type an endpoint accepts: its fields (nested objects and the first element
/// of lists included) and their kinds, a plausible value for each, and a body with one value replaced by raw JSON.
/// </summary>
internal static class BodyShapes
{
    private const string Hole = "\"__HOSTILE_VALUE__\"";

    /// <summary>The JSON text of <paramref name="baseline"/> with the value at <paramref name="path"/> replaced by raw JSON (which may be invalid).</summary>
    internal static string Fill(string baseline, IReadOnlyList<string> path, string raw)
    {
        var root = JsonNode.Parse(baseline)!;
        var node = root;
        for (var i = 0; i < path.Count - 1; i++)
        {
            var next = Child(node, path[i]);
            if (next is null)
            {
                next = int.TryParse(path[i + 1], out _) ? new JsonArray() : new JsonObject();
                Set(node, path[i], next);
            }

            node = next;
        }

        Set(node, path[^1], JsonValue.Create("__HOSTILE_VALUE__"));
        return root.ToJsonString().Replace(Hole, raw, StringComparison.Ordinal);
    }

    internal static JsonNode? Child(JsonNode node, string key) => node switch
    {
        JsonArray array when int.TryParse(key, out var i) => i < array.Count ? array[i] : null,
        JsonObject obj => obj[key],
        _ => null,
    };

    internal static void Set(JsonNode node, string key, JsonNode? value)
    {
        if (node is JsonArray array && int.TryParse(key, out var i))
        {
            while (array.Count <= i)
            {
                array.Add(null);
            }

            array[i] = value;
        }
        else if (node is JsonObject obj)
        {
            obj[key] = value;
        }
    }

    /// <summary>Every field of the body type, nested objects and the first element of lists included, with its type.</summary>
    internal static IEnumerable<(string[] Path, Type Type)> Fields(Type type, string[] prefix)
    {
        foreach (var property in JsonProperties(type))
        {
            var path = (string[])[.. prefix, JsonNamingPolicy.CamelCase.ConvertName(property.Name)];
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            yield return (path, propertyType);
            if (ElementType(propertyType) is { } element)
            {
                foreach (var inner in IsObject(element) ? Fields(element, [.. path, "0"]) : [([.. path, "0"], element)])
                {
                    yield return inner;
                }
            }
            else if (IsObject(propertyType) && prefix.Length < 3)
            {
                foreach (var inner in Fields(propertyType, path))
                {
                    yield return inner;
                }
            }
        }
    }

    internal static IEnumerable<PropertyInfo> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0);

    internal static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;

    internal static bool IsObject(Type type) =>
        type.IsClass && type != typeof(string) && ElementType(type) is null;

    internal static string KindOf(Type type) =>
        type == typeof(string) ? "string field"
        : type.IsEnum ? "enum field"
        : IsNumber(type) ? "number field"
        : type == typeof(bool) ? "bool field"
        : IsDate(type) ? "date field"
        : ElementType(type) is not null ? "array field"
        : "object field";

    internal static bool IsNumber(Type type) => type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double);

    internal static bool IsDate(Type type) => type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly);

    /// <summary>A plausible value for every field, by its type and name.</summary>
    internal static JsonNode? Generated(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return $"Text from {HostileValues.Marker}";
        }

        if (type.IsEnum)
        {
            return Enum.GetNames(type)[0];
        }

        if (IsNumber(type))
        {
            return 1;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(DateOnly))
        {
            return "2026-11-02";
        }

        if (IsDate(type))
        {
            return "2026-11-25T10:00:00Z";
        }

        if (ElementType(type) is { } element)
        {
            return new JsonArray(Generated(element, depth + 1));
        }

        var obj = new JsonObject();
        if (depth < 3)
        {
            foreach (var property in JsonProperties(type).Where(p => !p.Name.Equals("Version", StringComparison.Ordinal)))
            {
                obj[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Generated(property.PropertyType, depth + 1);
            }
        }

        return obj;
    }
}
