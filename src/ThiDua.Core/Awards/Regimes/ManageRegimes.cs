using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDua.Core.Awards.Eligibility.Regimes;
using ThiDua.Core.Data;
using ThiDua.Core.Shared;
using ThiDua.Core.Shared.Security;

namespace ThiDua.Core.Awards.Regimes;

/// <summary>A parameter as the edit form sends it: the value (a code, a number, true/false; empty for "not applicable"), checked, citation.</summary>
public sealed record RegimeParamInput(string? Value, bool Checked, string? Citation);

/// <summary>The edit form: name, sources (one a line), end date, and the parameters by JSON name.</summary>
public sealed record RegimeFormInput(string? Name, string? Sources, DateOnly? EffectiveTo, IReadOnlyDictionary<string, RegimeParamInput> Parameters);

/// <summary>The create form: a copy of <paramref name="BaseCode"/> under a new code, name and start date.</summary>
public sealed record NewRegimeInput(string? Code, string? Name, DateOnly? EffectiveFrom, string? BaseCode);

/// <summary>
/// Changes a regime (rules.md §1) — by a JSON document laid over the stored one (only the values given change; a
/// complete document replaces it) or by the edit form — for an Administrator whose grant is at the root unit
/// (the law is national). The new regime must pass <see cref="RegimeParameters.Validate"/> and fit the catalog
/// (<see cref="RegimeCatalog.Create"/>: one regime per start date); then it is saved with one audit event listing
/// each changed value, old → new, and the cached catalog is dropped. Nothing is written when anything is wrong.
/// </summary>
public sealed class UpdateRegime(AppDbContext db, ICurrentUser actor, RegimeStore store, RegimeCache cache)
{
    public async Task<Result<RegimeParameters>> HandleAsync(string code, string json, CancellationToken ct = default)
    {
        var changes = RegimeWrites.ParseObject(json, out var error);
        return changes is null ? Result<RegimeParameters>.Invalid(error!) : await ApplyAsync(code, changes, ct);
    }

    public async Task<Result<RegimeParameters>> HandleAsync(string code, RegimeFormInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var catalog = await store.CatalogAsync(ct);
        if (!catalog.TryGet(code, out var current))
        {
            return Result<RegimeParameters>.NotFound();
        }

        var errors = new List<FieldError>();
        var changes = new JsonObject
        {
            ["name"] = input.Name?.Trim(),
            ["sources"] = new JsonArray((input.Sources ?? string.Empty).Split('\n').Select(s => s.Trim()).Where(s => s.Length > 0).Select(s => (JsonNode)s).ToArray()),
            ["effectiveTo"] = input.EffectiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var field in RegimeFields.Of(current).Where(f => f.Kind != RegimeFieldKind.Complex))
        {
            if (!input.Parameters.TryGetValue(field.Key, out var p))
            {
                continue;
            }

            var value = RegimeWrites.ParseValue(field, p.Value, errors);
            var node = new JsonObject { ["value"] = value, ["checked"] = p.Checked, ["citation"] = (p.Citation ?? string.Empty).Trim() };
            var parts = field.Key.Split('.');
            var target = changes;
            foreach (var part in parts[..^1])
            {
                target = (JsonObject)(target[part] ??= new JsonObject());
            }

            target[parts[^1]] = node;
        }

        return errors.Count > 0 ? Result<RegimeParameters>.Invalid(errors) : await ApplyAsync(code, changes, ct);
    }

    private async Task<Result<RegimeParameters>> ApplyAsync(string code, JsonObject changes, CancellationToken ct)
    {
        if (!actor.HasAtRoot(AwardsPermissions.ManageRegimes))
        {
            return Result<RegimeParameters>.NotFound();
        }

        var catalog = await store.CatalogAsync(ct);
        var row = await db.Regimes.FirstOrDefaultAsync(r => r.Code == code, ct);
        if (row is null || !catalog.TryGet(code, out var current))
        {
            return Result<RegimeParameters>.NotFound();
        }

        if (changes["code"] is JsonValue c && c.TryGetValue<string>(out var given) && given != code)
        {
            return Result<RegimeParameters>.Invalid(new FieldError("code", $"Mã chế độ trong tài liệu ('{given}') khác mã đang sửa ('{code}'): không đổi được mã của một chế độ; hãy tạo chế độ mới."));
        }

        var before = RegimeJson.ToNode(current);
        var merged = (JsonObject)before.DeepClone();
        RegimeJson.Overlay(merged, changes);
        var checkedRegime = RegimeWrites.Check(() => RegimeJson.FromNode(merged), catalog, code);
        if (!checkedRegime.IsSuccess)
        {
            return checkedRegime;
        }

        var regime = checkedRegime.Value!;
        var diff = RegimeWrites.Diff(current, before, RegimeJson.ToNode(regime));
        if (diff.Count == 0)
        {
            return Result<RegimeParameters>.Ok(regime);
        }

        row.Replace(regime.EffectiveFrom, RegimeJson.Serialize(regime), RegimeWrites.Now(db), actor.ActorName);
        db.RecordEvent("Regime.updated", "Regime", code, RegimeWrites.Summary($"Sửa chế độ {code}: ", diff));
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return Result<RegimeParameters>.Ok(regime);
    }
}

/// <summary>
/// Adds a regime — from a JSON document (complete, or <c>inherits</c> an existing regime and gives only the changes)
/// or from the create form (a copy of a base regime with a new code, name and start date) — for an Administrator
/// at the root unit. A new regime that only changes numbers needs no code (issue 4): it is data, and the verdicts
/// of decisions dated from its start follow it at once. Audited with what differs from its base.
/// </summary>
public sealed partial class CreateRegime(AppDbContext db, ICurrentUser actor, RegimeStore store, RegimeCache cache)
{
    public async Task<Result<RegimeParameters>> HandleAsync(string json, CancellationToken ct = default)
    {
        var document = RegimeWrites.ParseObject(json, out var error);
        return document is null ? Result<RegimeParameters>.Invalid(error!) : await CreateAsync(document, ct);
    }

    public async Task<Result<RegimeParameters>> HandleAsync(NewRegimeInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.BaseCode))
        {
            errors.Add(new FieldError("inherits", "Vui lòng chọn chế độ gốc để sao chép."));
        }

        if (input.EffectiveFrom is null)
        {
            errors.Add(new FieldError("effectiveFrom", "Vui lòng nhập ngày có hiệu lực (ví dụ: 01/10/2026)."));
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add(new FieldError("name", "Vui lòng nhập tên chế độ (ví dụ: Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng 2026)."));
        }

        if (errors.Count > 0)
        {
            return Result<RegimeParameters>.Invalid(errors);
        }

        return await CreateAsync(new JsonObject
        {
            ["code"] = input.Code?.Trim(),
            ["inherits"] = input.BaseCode!.Trim(),
            ["name"] = input.Name!.Trim(),
            ["effectiveFrom"] = input.EffectiveFrom!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, ct);
    }

    private async Task<Result<RegimeParameters>> CreateAsync(JsonObject document, CancellationToken ct)
    {
        if (!actor.HasAtRoot(AwardsPermissions.ManageRegimes))
        {
            return Result<RegimeParameters>.NotFound();
        }

        var code = document["code"] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : string.Empty;
        if (!CodePattern().IsMatch(code))
        {
            return Result<RegimeParameters>.Invalid(new FieldError("code", "Mã chế độ bắt buộc: 1–16 ký tự gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (ví dụ: 2026)."));
        }

        var catalog = await store.CatalogAsync(ct);
        if (catalog.TryGet(code, out _))
        {
            return Result<RegimeParameters>.Invalid(new FieldError("code", $"Đã có chế độ mã '{code}': hãy chọn mã khác, hoặc sửa chế độ đó."));
        }

        if (document["inherits"] is JsonValue b && b.TryGetValue<string>(out var baseCode) && !catalog.TryGet(baseCode, out _))
        {
            return Result<RegimeParameters>.Invalid(new FieldError("inherits", $"Không có chế độ '{baseCode}' để kế thừa; các chế độ hiện có: {string.Join(", ", catalog.Regimes.Select(r => r.Code))}."));
        }

        var checkedRegime = RegimeWrites.Check(
            () => RegimeJson.DeserializeMany(document.ToJsonString(), known => catalog.TryGet(known, out var r) ? r : null).Single(), catalog, null);
        if (!checkedRegime.IsSuccess)
        {
            return checkedRegime;
        }

        var regime = checkedRegime.Value!;
        var baseRegime = regime.Inherits is { } inherits && catalog.TryGet(inherits, out var parent) ? parent : null;
        var changed = baseRegime is null ? [] : RegimeWrites.Diff(regime, RegimeJson.ToNode(baseRegime), RegimeJson.ToNode(regime));
        db.Regimes.Add(new RegimeRecord(code, regime.EffectiveFrom, RegimeJson.Serialize(regime), builtIn: false, RegimeWrites.Now(db), actor.ActorName));
        var head = $"Thêm chế độ {code} – {regime.Name}, có hiệu lực từ {VietnameseFormat.Date(regime.EffectiveFrom)}"
            + (baseRegime is null ? " (tài liệu đầy đủ)." : $", kế thừa {baseRegime.Code}; khác {baseRegime.Code}: ");
        db.RecordEvent("Regime.created", "Regime", code, RegimeWrites.Summary(head, changed));
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return Result<RegimeParameters>.Ok(regime);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}

/// <summary>Deletes a regime added by an administrator (built-in regimes can be changed, not deleted); root administrators only; audited.</summary>
public sealed class DeleteRegime(AppDbContext db, ICurrentUser actor, RegimeCache cache)
{
    public async Task<Result<string>> HandleAsync(string code, CancellationToken ct = default)
    {
        if (!actor.HasAtRoot(AwardsPermissions.ManageRegimes))
        {
            return Result<string>.NotFound();
        }

        var row = await db.Regimes.FirstOrDefaultAsync(r => r.Code == code, ct);
        if (row is null)
        {
            return Result<string>.NotFound();
        }

        if (row.BuiltIn)
        {
            return Result<string>.Invalid(new FieldError("code", $"Chế độ {code} là chế độ có sẵn theo quy định (rules.md §1): không xóa được, chỉ sửa được tham số."));
        }

        db.Regimes.Remove(row);
        db.RecordEvent("Regime.deleted", "Regime", code, $"Xóa chế độ {code} (có hiệu lực từ {VietnameseFormat.Date(row.EffectiveFrom)}). Tài liệu đã xóa: {row.Json.Length} ký tự JSON.");
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return Result<string>.Ok(code);
    }
}

/// <summary>What the regime writes share: parsing, validation into field errors, the old → new list of the audit.</summary>
internal static class RegimeWrites
{
    private const int MaxSummary = 4000;

    public static DateTime Now(AppDbContext db) => DateTimeKinds.TruncateToMicroseconds(db.Clock.GetUtcNow().UtcDateTime);

    public static JsonObject? ParseObject(string json, out FieldError? error)
    {
        error = null;
        try
        {
            if (JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) is JsonObject o)
            {
                return o;
            }

            error = new FieldError("document", "Tài liệu chế độ phải là một đối tượng JSON ({ … }) mô tả một chế độ.");
        }
        catch (JsonException ex)
        {
            error = new FieldError("document", "Tài liệu chế độ không phải JSON hợp lệ: " + ex.Message);
        }

        return null;
    }

    /// <summary>Builds the regime and checks it against the catalog (<paramref name="replacing"/>: the code it replaces); problems become field errors.</summary>
    public static Result<RegimeParameters> Check(Func<RegimeParameters> build, RegimeCatalog catalog, string? replacing)
    {
        RegimeParameters regime;
        try
        {
            regime = build();
        }
        catch (RegimeDataException ex)
        {
            return Result<RegimeParameters>.Invalid(Errors(ex));
        }

        var clash = catalog.Regimes.FirstOrDefault(r => r.EffectiveFrom == regime.EffectiveFrom && r.Code != replacing);
        if (clash is not null)
        {
            return Result<RegimeParameters>.Invalid(new FieldError("effectiveFrom",
                $"Chế độ {clash.Code} đã có hiệu lực từ {VietnameseFormat.Date(regime.EffectiveFrom)}: mỗi ngày chỉ có thể bắt đầu một chế độ."));
        }

        try
        {
            _ = catalog.With(regime);
        }
        catch (RegimeDataException ex)
        {
            return Result<RegimeParameters>.Invalid(Errors(ex));
        }

        return Result<RegimeParameters>.Ok(regime);
    }

    private static FieldError[] Errors(RegimeDataException ex) => ex.Problems.Count > 0
        ? ex.Problems.Select(p => new FieldError(p.Field, p.Message)).ToArray()
        : [new FieldError("document", ex.Message)];

    /// <summary>A form value as JSON: true/false, a number, null for "not applicable", or a choice's code.</summary>
    public static JsonNode? ParseValue(RegimeField field, string? text, List<FieldError> errors)
    {
        text = text?.Trim() ?? string.Empty;
        switch (field.Kind)
        {
            case RegimeFieldKind.Bool:
                return text is "true" or "on";
            case RegimeFieldKind.OptionalNumber when text.Length == 0:
                return null;
            case RegimeFieldKind.Number or RegimeFieldKind.OptionalNumber:
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                {
                    return number;
                }

                errors.Add(new FieldError(field.Key, $"{field.Label}: phải là một số nguyên{(field.Kind == RegimeFieldKind.OptionalNumber ? " (để trống nếu không áp dụng)" : string.Empty)}."));
                return null;
            case RegimeFieldKind.Coefficient:
                if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
                {
                    return d;
                }

                errors.Add(new FieldError(field.Key, $"{field.Label}: phải là một số (ví dụ 1,5)."));
                return null;
            case RegimeFieldKind.Choice:
                if (field.Options!.Any(o => o.Code == text))
                {
                    return text;
                }

                errors.Add(new FieldError(field.Key, $"{field.Label}: hãy chọn một giá trị trong danh sách."));
                return null;
            default:
                return null;
        }
    }

    /// <summary>Every changed leaf, "Nhãn [json.path]: old → new", in the order of the document.</summary>
    public static List<string> Diff(RegimeParameters labels, JsonObject before, JsonObject after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        var fields = RegimeFields.Of(labels).ToDictionary(f => f.Key, StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var path in @new.Keys.Union(old.Keys))
        {
            old.TryGetValue(path, out var o);
            @new.TryGetValue(path, out var n);
            if (o != n)
            {
                var key = fields.Keys.Where(k => path == k || path.StartsWith(k + ".", StringComparison.Ordinal)).MaxBy(k => k.Length);
                var label = key is null ? path : fields[key].Label + " [" + path + "]";
                result.Add($"{label}: {o ?? "∅"} → {n ?? "∅"}");
            }
        }

        return result;
    }

    public static string Summary(string head, IReadOnlyList<string> changes)
    {
        var text = head + string.Join("; ", changes) + (changes.Count > 0 ? "." : string.Empty);
        return text.Length <= MaxSummary ? text : text[..MaxSummary] + "…";
    }

    private static Dictionary<string, string> Flatten(JsonObject root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? node, string path)
        {
            if (node is JsonObject o)
            {
                foreach (var (key, child) in o)
                {
                    Walk(child, path.Length == 0 ? key : path + "." + key);
                }
            }
            else
            {
                result[path] = node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
            }
        }

        Walk(root, string.Empty);
        return result;
    }
}
