using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Model.Json;

/// <summary>
/// Reads a JSON number into a <see cref="decimal"/> only when the decimal holds it exactly. The
/// serializer's own reading rounds what <see cref="decimal"/> cannot hold: <c>1e-30</c> became 0 and a
/// fraction of 31 digits lost its last ones, without a word. Such a number is a <c>BJ002</c> finding at
/// its pointer instead (a decimal holds 28–29 significant digits, magnitudes up to about 7.9e28 and
/// down to 1e-28). Writing is the serializer's own.
/// </summary>
internal sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("The JSON value could not be converted to System.Decimal.");
        }

        // A number token is never escaped and never split (the document is read whole).
        var raw = reader.ValueSpan;
        if (!reader.TryGetDecimal(out var value) || !SameNumber(raw, value))
        {
            throw new JsonException($"The number {Shorten(raw)} cannot be held exactly as a metric value (a decimal of at most 28–29 significant digits, between 1e-28 and about 7.9e28); it is reported, never rounded.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Whether the JSON number <paramref name="raw"/> denotes exactly <paramref name="value"/>.</summary>
    internal static bool SameNumber(ReadOnlySpan<byte> raw, decimal value)
    {
        Span<char> text = stackalloc char[64];
        value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        Span<byte> digits = stackalloc byte[64];
        var ofValue = Normalize(text[..written], digits, out var exponentOfValue, out var negativeValue);
        Span<byte> rawDigits = stackalloc byte[Math.Min(raw.Length, 4096)];
        if (raw.Length > rawDigits.Length)
        {
            return false; // more digits than any decimal holds
        }

        Span<char> rawText = stackalloc char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            rawText[i] = (char)raw[i];
        }

        var ofRaw = Normalize(rawText, rawDigits, out var exponentOfRaw, out var negativeRaw);
        if (ofRaw.IsEmpty || ofValue.IsEmpty)
        {
            return ofRaw.IsEmpty && ofValue.IsEmpty; // zero, whatever its sign
        }

        return negativeRaw == negativeValue && exponentOfRaw == exponentOfValue && ofRaw.SequenceEqual(ofValue);
    }

    /// <summary>The significant digits (no leading or trailing zeros) and the power of ten of the last one.</summary>
    private static Span<byte> Normalize(ReadOnlySpan<char> number, Span<byte> digits, out long exponent, out bool negative)
    {
        negative = number.Length > 0 && number[0] == '-';
        var count = 0;
        var fractionDigits = 0;
        var inFraction = false;
        var i = negative ? 1 : 0;
        for (; i < number.Length; i++)
        {
            var c = number[i];
            if (c == '.')
            {
                inFraction = true;
            }
            else if (c is 'e' or 'E')
            {
                break;
            }
            else if (count > 0 || c != '0')
            {
                digits[count++] = (byte)c;
                fractionDigits += inFraction ? 1 : 0;
            }
            else
            {
                fractionDigits += inFraction ? 1 : 0;
            }
        }

        exponent = i < number.Length && long.TryParse(number[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e) ? e : 0;
        exponent -= fractionDigits;
        while (count > 0 && digits[count - 1] == '0')
        {
            count--;
            exponent++;
        }

        return digits[..count];
    }

    private static string Shorten(ReadOnlySpan<byte> raw) =>
        raw.Length <= 40 ? System.Text.Encoding.ASCII.GetString(raw) : System.Text.Encoding.ASCII.GetString(raw[..37]) + "...";
}
