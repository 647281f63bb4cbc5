using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ReportKit.Excel.Writing;

/// <summary>
/// Inserts XML fragments into a large part while copying it, without parsing it: each insertion is
/// anchored on a literal marker (a tag) found in order, so a sheet of any size passes through a
/// fixed-size buffer. Safe for tags because <c>&lt;</c> is always escaped inside values.
/// </summary>
internal sealed class XmlSplice
{
    private readonly List<(byte[] Marker, bool After, byte[] Insert)> _steps = new();

    /// <summary>Whether there is anything to insert.</summary>
    public bool IsEmpty => _steps.TrueForAll(s => s.Insert.Length == 0);

    /// <summary>Inserts <paramref name="xml"/> right after the next occurrence of <paramref name="marker"/>.</summary>
    public XmlSplice After(string marker, string xml)
    {
        _steps.Add((Encoding.UTF8.GetBytes(marker), true, Encoding.UTF8.GetBytes(xml)));
        return this;
    }

    /// <summary>Inserts <paramref name="xml"/> right before the next occurrence of <paramref name="marker"/>.</summary>
    public XmlSplice Before(string marker, string xml)
    {
        _steps.Add((Encoding.UTF8.GetBytes(marker), false, Encoding.UTF8.GetBytes(xml)));
        return this;
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/> with the insertions; throws if a marker is missing.</summary>
    public void Apply(Stream source, Stream target)
    {
        var buffer = new byte[1 << 16];
        var start = 0; // unprocessed data is buffer[start..end)
        var end = 0;
        var finished = false;
        foreach (var (marker, after, insert) in _steps)
        {
            while (true)
            {
                var found = buffer.AsSpan(start, end - start).IndexOf(marker);
                if (found >= 0)
                {
                    var split = start + found + (after ? marker.Length : 0);
                    target.Write(buffer, start, split - start);
                    target.Write(insert, 0, insert.Length);
                    start = split;
                    break;
                }

                if (finished)
                {
                    throw new InvalidDataException("The part has no '" + Encoding.UTF8.GetString(marker) + "' to insert after or before.");
                }

                // Keep a marker's length minus one byte: the marker may straddle two reads.
                var keep = Math.Min(marker.Length - 1, end - start);
                target.Write(buffer, start, end - start - keep);
                Buffer.BlockCopy(buffer, end - keep, buffer, 0, keep);
                start = 0;
                end = keep;
                var read = source.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    finished = true;
                }

                end += read;
            }
        }

        target.Write(buffer, start, end - start);
        source.CopyTo(target);
    }
}
