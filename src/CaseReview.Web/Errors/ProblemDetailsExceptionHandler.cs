using System.Text.Json;
using CaseReview.Domain.Workflow;
using CaseReview.Infrastructure.Persistence;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Web.Errors;

/// <summary>
/// The one place failures become HTTP answers (RFC 9457 problem details): 400 with a message per field,
/// 401, 403, 404, 409 for a workflow conflict or a stale version, and 503 with Retry-After while the database (or the
/// council's virus scanner, for an upload) is out of reach. Anything else is a 500 that is logged
/// by type only, since exception messages may carry personal data.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>What a 503 (database out of reach) asks the client to wait before sending the request again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>What a 503 (the virus scanner did not answer) asks the uploader to wait.</summary>
    public const int ScannerRetryAfterSeconds = 60;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception) ?? MapUnreadableBody(httpContext.Request, exception);
        if (problem is null)
        {
            logger.LogError("Unhandled {ExceptionType} on {Method} {Path}", exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is UseCases.Documents.MalwareScannerUnavailableException)
        {
            // Logged by the scanner itself; the uploader may try again once it answers.
            httpContext.Response.Headers.RetryAfter = ScannerRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            // The database is out of reach (restarting, failing over): a client or load balancer may send it again.
            logger.LogWarning("Database unavailable ({ExceptionType}) on {Method} {Path}", exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails? Map(Exception exception) => exception switch
    {
        ValidationException v => Invalid(v.Errors.GroupBy(e => FieldPath(e.PropertyName)).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray())),
        CaseRuleException r => Invalid(new Dictionary<string, string[]> { [r.Field] = [r.Message] }),
        BadHttpRequestException { InnerException: JsonException json } => Invalid(new Dictionary<string, string[]>
        {
            [JsonFieldPath(json.Path)] = ["This value is not in the expected format."],
        }),
        BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "The request could not be read.", Detail = b.Message },
        SignInFailedException s => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Sign-in failed", Detail = s.Message },
        ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Not allowed", Detail = f.Message },
        NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = n.Message },
        ActionNotAllowedException a => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Action not allowed now",
            Detail = a.AllowedActions.Count == 0
                ? $"{a.Message} No actions are allowed now."
                : $"{a.Message} Allowed now: {string.Join(", ", a.AllowedActions)}.",
            Extensions = { ["caseStatus"] = a.Status.ToString(), ["allowedActions"] = a.AllowedActions },
        },
        CaseStateException c => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Not possible now",
            Detail = c.Message,
            Extensions = { ["caseStatus"] = c.Status.ToString() },
        },
        StaleVersionException s => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The case has changed",
            Detail = s.Message,
            Extensions = { ["currentVersion"] = s.Actual },
        },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The case has changed",
            Detail = "Someone else changed this case at the same moment. Reload it and try again.",
        },
        ConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = c.Message },
        UseCases.Documents.MalwareScannerUnavailableException => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The file could not be checked for viruses",
            Detail = UseCases.Documents.MalwareScannerUnavailableException.Words + ".",
        },
        _ when DatabaseErrors.IsUnavailable(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The service is unavailable for a moment",
            Detail = $"Nothing was stored. Try again in {RetryAfterSeconds} seconds.",
        },
        _ => null,
    };

    /// <summary>
    /// A body the framework cannot decode is the client's mistake, not the server's: a JSON body in a charset no
    /// encoding is known by (the framework throws InvalidOperationException) is 415; a form with a value that will
    /// not decode (a NUL character, invalid UTF-8; the framework throws InvalidDataException) is 400.
    /// </summary>
    private static ProblemDetails? MapUnreadableBody(HttpRequest request, Exception exception) => exception switch
    {
        InvalidOperationException when HasUnknownCharset(request) => new ProblemDetails
        {
            Status = StatusCodes.Status415UnsupportedMediaType,
            Title = "The request could not be read.",
            Detail = "Send the body in UTF-8.",
        },
        InvalidDataException when request.HasFormContentType => new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request could not be read.",
            Detail = "The form holds characters that cannot be read.",
        },
        _ => null,
    };

    private static bool HasUnknownCharset(HttpRequest request)
    {
        if (!Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.Charset.Length == 0)
        {
            return false;
        }

        try
        {
            _ = System.Text.Encoding.GetEncoding(type.Charset.ToString());
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static ValidationProblemDetails Invalid(IDictionary<string, string[]> errors) =>
        new(errors) { Status = StatusCodes.Status400BadRequest, Title = "Some of the information is missing or wrong." };

    /// <summary>"Applicant.Email" becomes "applicant.email" and "Complaints[0].IncidentDate" "complaints[0].incidentDate", as the JSON names them.</summary>
    internal static string FieldPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    private static string JsonFieldPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
