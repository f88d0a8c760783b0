using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HipBot.TelegramEmulator.Wire;

/// <summary>
/// The parameters of one Bot API call, from the query string and a JSON, form-urlencoded or multipart body alike.
/// Form bodies carry nested objects (reply_markup, allowed_updates, ...) as JSON text, so nested values are parsed on demand.
/// </summary>
internal sealed class RequestArgs
{
    private readonly JsonObject _values;
    private readonly Dictionary<string, UploadedFile> _files;

    private RequestArgs(JsonObject values, Dictionary<string, UploadedFile>? files = null)
    {
        _values = values;
        _files = files ?? [];
    }

    public static async Task<RequestArgs> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (key, value) in form)
            {
                values[key] = value.ToString();
            }

            // Telegram takes an upload in the part named as the field ("document"), or in any part a field points
            // at with "attach://<part name>".
            var files = new Dictionary<string, UploadedFile>(StringComparer.Ordinal);
            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken).ConfigureAwait(false);
                files[file.Name] = new UploadedFile(file.Name, file.FileName, file.ContentType, content.ToArray());
            }

            return new RequestArgs(values, files);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return new RequestArgs(values);
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            throw BotApiError.BadRequest("can't parse JSON object");
        }

        if (body is not JsonObject fields)
        {
            throw BotApiError.BadRequest("can't parse JSON object");
        }

        foreach (var (key, value) in fields.ToList())
        {
            fields.Remove(key);
            values[key] = value;
        }

        return new RequestArgs(values);
    }

    public bool Has(string name) => _values[name] is not null || _files.ContainsKey(name);

    /// <summary>The file uploaded for a field: in the part named as the field, or in the part its "attach://" value names.</summary>
    public UploadedFile? File(string name)
    {
        if (String(name) is { } value && value.StartsWith("attach://", StringComparison.Ordinal))
        {
            return _files.GetValueOrDefault(value["attach://".Length..]);
        }

        return _files.GetValueOrDefault(name);
    }

    public string? String(string name) => _values[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public long? Long(string name)
    {
        var node = _values[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var number))
        {
            return number;
        }

        if (String(name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw BotApiError.BadRequest($"invalid {name} specified");
    }

    public int? Int(string name) => Long(name) is { } value ? (int)Math.Clamp(value, int.MinValue, int.MaxValue) : null;

    public bool Bool(string name) => _values[name] switch
    {
        null => false,
        JsonValue value when value.GetValueKind() is JsonValueKind.True => true,
        JsonValue value when value.GetValueKind() is JsonValueKind.False => false,
        _ => String(name) is "true" or "True" or "1",
    };

    public double? Double(string name)
    {
        var text = String(name);
        return text is null ? null
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
            : throw BotApiError.BadRequest($"invalid {name} specified");
    }

    /// <summary>A nested object or array, whether it came as JSON or as JSON text inside a form field.</summary>
    public JsonNode? Json(string name)
    {
        var node = _values[name];
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            if (text.Length == 0)
            {
                return null;
            }

            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw BotApiError.BadRequest($"can't parse {name} JSON object");
            }
        }

        return node?.DeepClone();
    }

    /// <summary>The numeric chat_id when there is one; for the call log, so it never throws.</summary>
    public long? ChatIdOrNull()
    {
        try
        {
            return Long("chat_id");
        }
        catch (BotApiError)
        {
            return null;
        }
    }
}
