namespace ThiDua.Core.Shared;

/// <summary>A field-level error, with the message an officer reads (Vietnamese).</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// The outcome of a use case: a value, "not found" (also used for anything outside the caller's scope,
/// so that another unit's id is indistinguishable from a missing one), or validation errors.
/// </summary>
public sealed class Result<T>
{
    private Result(T? value, bool notFound, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        IsNotFound = notFound;
        Errors = errors;
    }

    public T? Value { get; }

    public bool IsNotFound { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsSuccess => !IsNotFound && Errors.Count == 0;

    public static Result<T> Ok(T value) => new(value, false, []);

    public static Result<T> NotFound() => new(default, true, []);

    public static Result<T> Invalid(params FieldError[] errors) => new(default, false, errors);

    public static Result<T> Invalid(IReadOnlyList<FieldError> errors) => new(default, false, errors);
}
