using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using ReportKit.Excel.Writing;
using ReportKit.Templates;

namespace ReportKit.Excel.Forms;

/// <summary>
/// Writes the input forms of many units of one plan at the speed of copying them: each distinct form (per report,
/// period, unit level and options, <see cref="FormTemplateKey"/>) is laid out and written by ClosedXML once, and every
/// unit's copy is stamped from it (the unit line, the recipient, the metadata and its seal, the keywords). A stamped
/// form has exactly the bytes <see cref="InputForm.Save(PlanSpec, string, string, Unit, string, InputFormOptions?)"/>
/// writes; a unit that cannot be stamped (a name with characters the writers escape, say) is written that way.
/// </summary>
/// <remarks>Thread-safe: call <see cref="Save(string, string, Unit, string, InputFormOptions?)"/> from many threads. Memory
/// holds one written form per template, not per unit.</remarks>
public sealed class InputFormStamper
{
    private readonly PlanSpec _plan;
    private readonly ConcurrentDictionary<FormTemplateKey, Lazy<FormTemplate>> _templates = new();
    private int _stamped;
    private int _unstamped;

    /// <summary>A stamper for the forms of <paramref name="plan"/>.</summary>
    public InputFormStamper(PlanSpec plan) => _plan = plan ?? throw new ArgumentNullException(nameof(plan));

    /// <summary>How many forms were stamped.</summary>
    public int FormsStamped => Volatile.Read(ref _stamped);

    /// <summary>How many forms ClosedXML wrote: one or two per template and variant, and every unit that could not be stamped.</summary>
    public int FormsLaidOut => Volatile.Read(ref _unstamped) + _templates.Values.Where(t => t.IsValueCreated).Sum(t => t.Value.ReferenceWrites);

    /// <summary>Writes <paramref name="unit"/>'s form to <paramref name="path"/> atomically, as <see cref="InputForm"/> would.</summary>
    /// <exception cref="ArgumentException">The plan has no such report, or the key is not one of its periods.</exception>
    public void Save(string reportId, string periodKey, Unit unit, string path, InputFormOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Stamp(reportId, periodKey, unit, options) is { } bytes)
        {
            PackageSaving.WriteAtomically(path, file => file.Write(bytes));
            return;
        }

        Interlocked.Increment(ref _unstamped);
        InputForm.Save(_plan, reportId, periodKey, unit, path, options);
    }

    /// <summary>Writes <paramref name="unit"/>'s form to <paramref name="output"/>, the bytes <see cref="Save(string, string, Unit, string, InputFormOptions?)"/> writes.</summary>
    public void Save(string reportId, string periodKey, Unit unit, Stream output, InputFormOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Stamp(reportId, periodKey, unit, options) is { } bytes)
        {
            output.Write(bytes);
            output.Flush();
            return;
        }

        Interlocked.Increment(ref _unstamped);
        InputForm.Save(_plan, reportId, periodKey, unit, output, options);
    }

    private byte[]? Stamp(string reportId, string periodKey, Unit unit, InputFormOptions? options)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        ArgumentNullException.ThrowIfNull(periodKey);
        ArgumentNullException.ThrowIfNull(unit);
        options ??= InputFormOptions.Default;
        var key = FormTemplateKey.Of(reportId, periodKey, unit, options);
        var template = _templates.GetOrAdd(key, k => new Lazy<FormTemplate>(() => new FormTemplate(_plan, k))).Value;
        var bytes = template.Stamp(unit, options.SendTo);
        if (bytes is not null)
        {
            Interlocked.Increment(ref _stamped);
        }

        return bytes;
    }
}
