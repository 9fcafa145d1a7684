using Clientele.Storage.Database;
using Clientele.Storage.Files;
using Clientele.Storage.Import;
using Clientele.Web.Contracts;
using Clientele.Web.Http;
using Clientele.Web.Services;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Clientele.Web.Endpoints;

/// <summary>
/// <c>/api/imports</c> (analyst): upload a file of one entity (multipart/form-data, one file part, streamed to disk
/// under a size limit) and import it all-or-nothing; download its rejected rows afterwards.
/// </summary>
public sealed class ImportsEndpoints : IEndpointModule
{
    /// <inheritdoc />
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/imports").WithTags("Imports").RequireRole(UserRole.Analyst);
        group.MapPost("/{entity}", UploadAsync)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Import a CSV/TSV or JSON lines file of customers, transactions, interactions, investments, surveys, leads, dealers or staff.");
        group.MapGet("/{id}/rejects", (string id, ImportService imports) =>
            imports.RejectsOf(id) is { } path
                ? Results.File(path, "text/csv; charset=utf-8", $"import-{id}-rejects.csv")
                : Problems.NotFound($"Import '{id}' has no rejected rows (or does not exist)."))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("The rejected rows of an import: line, field, reason and the row as read.");
    }

    private static async Task<Results<Created<ImportResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        string entity, HttpContext context, ImportService imports,
        bool? createCustomers, string? dateFormat, string? decimalSeparator, string? delimiter)
    {
        if (!EntityNames.All.TryGetValue(entity, out var what)) return Problems.Field("entity", $"'{entity}' is not one of {EntityNames.List}.");
        char separator = (decimalSeparator ?? ".") switch
        {
            "." => '.',
            "," => ',',
            _ => '\0',
        };
        if (separator == '\0') return Problems.Field("decimalSeparator", $"'{decimalSeparator}' is not '.' or ','.");
        char? fieldDelimiter = (delimiter ?? "auto").ToLowerInvariant() switch
        {
            "auto" => null,
            "comma" or "," => ',',
            "tab" => '\t',
            "semicolon" or ";" => ';',
            "pipe" or "|" => '|',
            _ => '\0',
        };
        if (fieldDelimiter == '\0') return Problems.Field("delimiter", $"'{delimiter}' is not auto, comma, tab, semicolon or pipe.");
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Problems.Field("file", "Send the file as multipart/form-data with one file part.");
        }

        // The body may be as large as the file plus the multipart framing; the file itself is counted exactly below.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = imports.MaxUploadBytes + (1 << 20);
        var reader = new MultipartReader(boundary, context.Request.Body);
        MultipartSection? section;
        string? id = null, path = null;
        try
        {
            while ((section = await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false)) is not null)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                {
                    (id, path) = await imports.ReceiveAsync(section.Body, disposition.FileName.Value ?? disposition.FileNameStar.Value, context.RequestAborted).ConfigureAwait(false);
                    break;
                }
            }
        }
        catch (UploadTooLargeException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large", detail: e.Message);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !context.RequestAborted.IsCancellationRequested)
        {
            return Problems.Field("file", "The multipart body could not be read: " + e.Message);
        }

        if (id is null || path is null) return Problems.Field("file", "The request has no file part.");
        var options = new ImportOptions(null, fieldDelimiter, dateFormat, separator, createCustomers ?? false);
        try
        {
            var result = await Task.Run(() => imports.Import(id, path, what, options)).ConfigureAwait(false);
            var response = new ImportResponse(
                id, what.JsonName(), result.Read, result.Accepted, result.Rejected, result.Duplicates, result.CustomersCreated,
                result.Rejected > 0 ? $"/api/imports/{id}/rejects" : null, result.IgnoredColumns);
            return TypedResults.Created(response.RejectsUrl, response);
        }
        catch (InputFormatException e)
        {
            imports.Discard(id);

            // The message without the server's path of the upload: line, field and reason are what the client needs.
            string where = e.Line > 0 ? $"line {e.Line}: " : "";
            return Problems.Field(e.Field ?? "file", where + e.Reason);
        }
        catch (ArgumentException e)
        {
            imports.Discard(id);
            return Problems.From(e);
        }
    }
}
