using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Security;

/// <summary>
/// A NUL character belongs in no text CaseReview keeps or looks up, and PostgreSQL refuses one in a text value (an
/// error that would surface as a 500). The query string is checked before routing, and every JSON string as it is
/// read, so the client gets a 400 (on the field, for JSON) and no database is asked. The server refuses one in the
/// path itself, and forms refuse one already: the framework will not decode it (see ProblemDetailsExceptionHandler).
/// </summary>
internal static class NulCharacters
{
    public static IApplicationBuilder UseNulCharacterRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Query.Any(q => q.Key.Contains('\0', StringComparison.Ordinal) || q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The address could not be read.",
                    Detail = "The address holds a character that cannot be used.",
                },
            });
            return;
        }

        await next(context);
    });

    /// <summary>Reads every JSON string of a request, refusing one that holds a NUL with the field's path.</summary>
    public sealed class JsonStrings : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = reader.GetString();
            return value?.Contains('\0', StringComparison.Ordinal) == true
                ? throw new JsonException("The value holds a NUL character.")
                : value;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
