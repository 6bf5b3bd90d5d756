using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ThiDua.Core.Awards.Eligibility.Output;

/// <summary>
/// Results as JSON exactly as eligibility-cases.md (Output) shows them: camelCase, outcome and code strings,
/// <c>errors</c> only for INVALID. Written by hand with <see cref="Utf8JsonWriter"/>: no reflection per result.
/// </summary>
public static class EligibilityJson
{
    private static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly JsonWriterOptions Compact = Indented with { Indented = false };

    /// <summary>An array of results, in input order.</summary>
    public static string Serialize(IEnumerable<EligibilityResult> results, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                Write(writer, result);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>One result as a JSON object.</summary>
    public static string Serialize(EligibilityResult result, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter writer, EligibilityResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("id", result.Id);
        writer.WriteString("regime", result.Regime);
        writer.WriteString("outcome", Codes.Of(result.Outcome));
        writer.WriteStartArray("unmet");
        foreach (var u in result.Unmet)
        {
            writer.WriteStartObject();
            writer.WriteString("code", Codes.Of(u.Code));
            writer.WriteString("message", u.Message);
            writer.WriteString("citation", u.Citation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("trace");
        foreach (var t in result.Trace)
        {
            writer.WriteStartObject();
            writer.WriteString("criterion", t.Criterion);
            if (t.Code is { } code)
            {
                writer.WriteString("code", Codes.Of(code));
            }
            else
            {
                writer.WriteNull("code");
            }

            writer.WriteBoolean("met", t.Met);
            writer.WriteBoolean("needsCouncil", t.NeedsCouncil);
            writer.WriteBoolean("checked", t.Checked);
            writer.WriteNumber("depth", t.Depth);
            writer.WriteString("message", t.Message);
            writer.WriteString("citation", t.Citation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (result.Outcome == Outcome.Invalid)
        {
            writer.WriteStartArray("errors");
            foreach (var e in result.Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("field", e.Field);
                writer.WriteString("message", e.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
