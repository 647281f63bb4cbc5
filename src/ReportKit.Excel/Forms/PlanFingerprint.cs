using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportKit.Templates;

namespace ReportKit.Excel.Forms;

/// <summary>
/// A stable hash of what a plan says: SHA-256 over a canonical rendering of the <see cref="PlanSpec"/>.
/// Input forms carry it, so a form filled against an edited template is recognised at import even when
/// the template author forgot to raise <see cref="PlanSpec.Revision"/>.
/// </summary>
/// <remarks>
/// The rendering walks the model's public properties (sorted by name, so member order in the source does not
/// matter) and skips every <see cref="SourceSpan"/>: where a template file lies, and where in it a line
/// sits, are not part of the plan's meaning. Numbers and dates are rendered invariantly.
/// </remarks>
public static class PlanFingerprint
{
    /// <summary>The fingerprint as 64 lower-case hex digits.</summary>
    public static string Compute(PlanSpec plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(plan)))).ToLowerInvariant();
    }

    /// <summary>The canonical rendering the fingerprint hashes (exposed for diagnostics and tests).</summary>
    internal static string CanonicalText(PlanSpec plan)
    {
        var text = new StringBuilder(16 * 1024);
        Write(text, plan);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case SourceSpan:
                text.Append('~');
                return;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case char c:
                text.Append('\'').Append(c).Append('\'');
                return;
            case decimal d:
                text.Append(d.ToString("0.############################", CultureInfo.InvariantCulture));
                return;
            case Enum e:
                text.Append(e.ToString());
                return;
            case IFormattable formattable when value.GetType().IsPrimitive:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case IEnumerable items:
                text.Append('[');
                var first = true;
                foreach (var item in items)
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    Write(text, item);
                }

                text.Append(']');
                return;
        }

        var type = value.GetType();
        text.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0)
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=');
            Write(text, property.GetValue(value));
            text.Append(';');
        }

        text.Append('}');
    }
}
