using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace ThiDua.Core.Awards.Eligibility.Regimes;

/// <summary>A regime document that cannot be used: bad JSON, a missing value, an unknown base, an impossible value.</summary>
public sealed class RegimeDataException : Exception
{
    public RegimeDataException()
    {
    }

    public RegimeDataException(string message)
        : base(message)
    {
    }

    public RegimeDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RegimeDataException(IReadOnlyList<RegimeProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Message)))
    {
        Problems = problems;
    }

    /// <summary>The problems with the parameter each concerns; for bad JSON, the property at fault when known.</summary>
    public IReadOnlyList<RegimeProblem> Problems { get; init; } = [];

    /// <summary>A JSON error naming the top-level property of <see cref="JsonException.Path"/> ("$.leaveLimitWorkingDays.value").</summary>
    internal static RegimeDataException FromJson(string message, JsonException ex)
    {
        var path = ex.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        var field = path?.Split('.', '[')[0];
        return new RegimeDataException(message, ex) { Problems = [new RegimeProblem(string.IsNullOrEmpty(field) ? "document" : field, message)] };
    }
}

// Options (camelCase, enum codes, required values) are given at run time in RegimeJson.Context.
[JsonSerializable(typeof(RegimeParameters))]
[JsonSerializable(typeof(List<RegimeParameters>))]
internal sealed partial class RegimeJsonContext : JsonSerializerContext;

/// <summary>
/// Regimes to and from JSON (System.Text.Json, source-generated: no reflection), so the host can store them in the
/// database. A document may be complete, or name a regime it <c>inherits</c> and give only what changes.
/// </summary>
public static class RegimeJson
{
    private static readonly RegimeJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    });

    public static string Serialize(RegimeParameters regime) =>
        JsonSerializer.Serialize(regime, Context.RegimeParameters);

    public static string Serialize(IEnumerable<RegimeParameters> regimes) =>
        JsonSerializer.Serialize(regimes.ToList(), Context.ListRegimeParameters);

    /// <summary>One complete regime document.</summary>
    public static RegimeParameters Deserialize(string json)
    {
        try
        {
            var regime = JsonSerializer.Deserialize(json, Context.RegimeParameters)
                ?? throw new RegimeDataException("Tài liệu chế độ rỗng (null).");
            ThrowIfInvalid(regime);
            return regime;
        }
        catch (JsonException ex)
        {
            throw RegimeDataException.FromJson("Tài liệu chế độ không hợp lệ: " + ex.Message, ex);
        }
    }

    /// <summary>
    /// Regimes from a document holding one object or an array. An entry with <c>inherits</c> starts from that regime
    /// (an earlier entry of the document, or <paramref name="known"/>) and overrides only the values it gives; its
    /// <c>name</c> and <c>effectiveTo</c> are never inherited.
    /// </summary>
    public static IReadOnlyList<RegimeParameters> DeserializeMany(string json, Func<string, RegimeParameters?> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new RegimeDataException("Tài liệu chế độ không phải JSON hợp lệ: " + ex.Message, ex);
        }

        var entries = root switch
        {
            JsonArray array => array.ToList(),
            JsonObject obj => [obj],
            _ => throw new RegimeDataException("Tài liệu chế độ phải là một đối tượng hoặc một mảng đối tượng."),
        };

        var result = new List<RegimeParameters>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not JsonObject entry)
            {
                throw new RegimeDataException(string.Create(VietnameseText.Culture, $"Phần tử [{i}] của tài liệu chế độ phải là một đối tượng."));
            }

            result.Add(Resolve(entry, i, code => result.LastOrDefault(r => r.Code == code) ?? known(code)));
        }

        return result;
    }

    private static RegimeParameters Resolve(JsonObject entry, int index, Func<string, RegimeParameters?> lookup)
    {
        var baseCode = entry["inherits"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        JsonObject merged;
        if (baseCode is null)
        {
            merged = (JsonObject)entry.DeepClone();
        }
        else
        {
            var parent = lookup(baseCode) ?? throw new RegimeDataException(
                string.Create(VietnameseText.Culture, $"Phần tử [{index}]: không có chế độ '{baseCode}' để kế thừa."));
            merged = (JsonObject)JsonSerializer.SerializeToNode(parent, Context.RegimeParameters)!;

            // A derived regime has its own name and open end unless it says otherwise.
            merged.Remove("effectiveTo");
            merged["name"] = string.Create(VietnameseText.Culture, $"Chế độ kế thừa {baseCode}");
            Overlay(merged, entry);
        }

        try
        {
            var regime = merged.Deserialize(Context.RegimeParameters)
                ?? throw new RegimeDataException(string.Create(VietnameseText.Culture, $"Phần tử [{index}] rỗng."));
            ThrowIfInvalid(regime);
            return regime;
        }
        catch (JsonException ex)
        {
            throw RegimeDataException.FromJson(
                string.Create(VietnameseText.Culture, $"Phần tử [{index}] của tài liệu chế độ không hợp lệ: {ex.Message}"), ex);
        }
    }

    /// <summary>The regime as a JSON object (the stored form), to compare or change parameter by parameter.</summary>
    internal static JsonObject ToNode(RegimeParameters regime) =>
        (JsonObject)JsonSerializer.SerializeToNode(regime, Context.RegimeParameters)!;

    /// <summary>A regime from a complete JSON object, validated.</summary>
    internal static RegimeParameters FromNode(JsonObject node)
    {
        try
        {
            var regime = node.Deserialize(Context.RegimeParameters) ?? throw new RegimeDataException("Tài liệu chế độ rỗng (null).");
            ThrowIfInvalid(regime);
            return regime;
        }
        catch (JsonException ex)
        {
            throw RegimeDataException.FromJson("Tài liệu chế độ không hợp lệ: " + ex.Message, ex);
        }
    }

    /// <summary>Objects merge key by key; arrays and values replace.</summary>
    internal static void Overlay(JsonObject target, JsonObject changes)
    {
        foreach (var (key, value) in changes)
        {
            if (value is JsonObject change && target[key] is JsonObject existing)
            {
                Overlay(existing, change);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private static void ThrowIfInvalid(RegimeParameters regime)
    {
        var problems = regime.Problems();
        if (problems.Count > 0)
        {
            throw new RegimeDataException(problems);
        }
    }
}
