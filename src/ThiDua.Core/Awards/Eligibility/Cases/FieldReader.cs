using System.Globalization;
using System.Text.Json;

namespace ThiDua.Core.Awards.Eligibility.Cases;

internal enum Presence
{
    /// <summary>Must be present and not null.</summary>
    Required,

    /// <summary>Must be present; null is a value (e.g. <c>rating: null</c>, not rated).</summary>
    RequiredNullable,

    /// <summary>May be absent or null.</summary>
    OptionalNullable,
}

internal delegate bool CodeParser<T>(string code, out T value);

/// <summary>Reads typed fields of a JSON object, recording a Vietnamese error named by the field's path for each problem.</summary>
internal sealed class FieldReader
{
    public List<ValidationError> Errors { get; } = [];

    public void Error(string field, string message) => Errors.Add(new ValidationError(field, message));

    public bool HasErrorAt(string field)
    {
        foreach (var e in Errors)
        {
            if (string.Equals(e.Field, field, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    /// <summary>The property, or false when absent or null (recording an error if the presence rule forbids it).</summary>
    private bool TryGet(JsonElement obj, string name, string path, Presence presence, out JsonElement value)
    {
        if (!obj.TryGetProperty(name, out value))
        {
            if (presence != Presence.OptionalNullable)
            {
                Error(Join(path, name), "Thiếu trường bắt buộc “" + name + "”.");
            }

            return false;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (presence == Presence.Required)
            {
                Error(Join(path, name), "Trường “" + name + "” không được để null.");
            }

            return false;
        }

        return true;
    }

    public string? String(JsonElement obj, string name, string path, Presence presence)
    {
        if (!TryGet(obj, name, path, presence, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(Join(path, name), "Phải là một chuỗi ký tự.");
            return null;
        }

        return value.GetString();
    }

    public int? Int(JsonElement obj, string name, string path, Presence presence, int min, int max)
    {
        if (!TryGet(obj, name, path, presence, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Error(Join(path, name), "Phải là một số nguyên.");
            return null;
        }

        if (number < min || number > max)
        {
            Error(Join(path, name), string.Create(VietnameseText.Culture, $"Giá trị {number} nằm ngoài khoảng cho phép ({min}–{max})."));
            return null;
        }

        return number;
    }

    public bool? Bool(JsonElement obj, string name, string path, Presence presence)
    {
        if (!TryGet(obj, name, path, presence, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(Join(path, name), "Phải là true hoặc false.");
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>A calendar date written yyyy-MM-dd that exists (2024-02-31 does not).</summary>
    public DateOnly? Date(JsonElement obj, string name, string path, Presence presence)
    {
        if (!TryGet(obj, name, path, presence, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(Join(path, name), "Phải là một ngày dạng chuỗi “yyyy-MM-dd”.");
            return null;
        }

        var text = value.GetString()!;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(Join(path, name), "Ngày “" + text + "” không hợp lệ: cần dạng yyyy-MM-dd và là một ngày có thật.");
            return null;
        }

        return date;
    }

    public T? Code<T>(JsonElement obj, string name, string path, Presence presence, CodeParser<T> parse, string what, string allowed)
        where T : struct
    {
        if (!TryGet(obj, name, path, presence, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || !parse(value.GetString()!, out var code))
        {
            Error(Join(path, name), "Mã " + what + " " + value.GetRawText() + " không hợp lệ; chỉ nhận " + allowed + ".");
            return null;
        }

        return code;
    }

    /// <summary>A required array of codes; null when absent or when any element is bad (each bad element is named).</summary>
    public List<T>? CodeArray<T>(JsonElement obj, string name, string path, CodeParser<T> parse, string what, string allowed)
    {
        if (!TryGet(obj, name, path, Presence.Required, out var value))
        {
            return null;
        }

        var field = Join(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(field, "Phải là một mảng.");
            return null;
        }

        var list = new List<T>(value.GetArrayLength());
        var ok = true;
        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String || !parse(element.GetString()!, out var code))
            {
                Error(string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]"), "Mã " + what + " " + element.GetRawText() + " không hợp lệ; chỉ nhận " + allowed + ".");
                ok = false;
            }
            else
            {
                list.Add(code);
            }

            i++;
        }

        return ok ? list : null;
    }

    /// <summary>A required array of objects, each read by <paramref name="read"/> with its own path.</summary>
    public List<T>? ObjectArray<T>(JsonElement obj, string name, string path, Func<JsonElement, string, T?> read)
        where T : class
    {
        if (!TryGet(obj, name, path, Presence.Required, out var value))
        {
            return null;
        }

        var field = Join(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(field, "Phải là một mảng.");
            return null;
        }

        var list = new List<T>(value.GetArrayLength());
        var ok = true;
        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{field}[{i}]");
            if (element.ValueKind != JsonValueKind.Object)
            {
                Error(itemPath, "Phải là một đối tượng JSON.");
                ok = false;
            }
            else if (read(element, itemPath) is { } item)
            {
                list.Add(item);
            }
            else
            {
                ok = false;
            }

            i++;
        }

        return ok ? list : null;
    }
}
