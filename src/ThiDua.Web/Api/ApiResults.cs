using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Core.Documents;
using ThiDua.Core.Shared;
using ThiDua.Web.Infrastructure;

namespace ThiDua.Web.Api;

/// <summary>Maps use-case results to HTTP: 404 for not found or out of scope, 400 ValidationProblem naming each field.</summary>
public static class ApiResults
{
    public static Results<Ok<TOut>, NotFound<ProblemDetails>, ValidationProblem> From<TIn, TOut>(Result<TIn> result, Func<TIn, TOut> map)
    {
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Errors.Count > 0)
        {
            return Invalid(result.Errors);
        }

        return TypedResults.Ok(map(result.Value!));
    }

    /// <summary>The HTTP answer of a failed use case, whatever the success type of the endpoint.</summary>
    public static Results<Ok<TOut>, NotFound<ProblemDetails>, ValidationProblem> Failure<TIn, TOut>(Result<TIn> result) =>
        result.IsSuccess
            ? throw new InvalidOperationException("The use case succeeded; map its value instead.")
            : result.IsNotFound ? NotFound() : Invalid(result.Errors);

    public static NotFound<ProblemDetails> NotFound() => TypedResults.NotFound(new ProblemDetails
    {
        Status = 404,
        Title = ErrorResponses.Title(404),
    });

    public static ValidationProblem Invalid(IReadOnlyList<FieldError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => Camel(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "Dữ liệu không hợp lệ: xem lỗi của từng trường.");

    /// <summary>The format of an official document's download: docx (also when absent) or pdf; anything else is refused naming Format.</summary>
    public static ValidationProblem? DocumentFormat(string? format, out bool pdf)
    {
        pdf = string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase);
        return pdf || format is null || string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase)
            ? null
            : Invalid([new FieldError("Format", "Định dạng phải là docx hoặc pdf.")]);
    }

    /// <summary>A Decree 30 document rendered as a .pdf or .docx attachment named <paramref name="name"/> and the extension, or the use case's failure.</summary>
    public static Results<FileContentHttpResult, NotFound<ProblemDetails>, ValidationProblem> Document(Result<OfficialDocument> result, bool pdf, string name)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsSuccess)
        {
            return result.IsNotFound ? NotFound() : Invalid(result.Errors);
        }

        return pdf
            ? TypedResults.File(PdfRenderer.Render(result.Value!), "application/pdf", name + ".pdf")
            : TypedResults.File(DocxRenderer.Render(result.Value!), DocxRenderer.ContentType, name + ".docx");
    }

    /// <summary>"Members[1].RotationOrder" → "members[1].rotationOrder": the names of the JSON body's properties.</summary>
    private static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
