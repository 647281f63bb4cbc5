using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace ReportKit.Excel.Writing;

/// <summary>
/// A normalized package (<see cref="PackageNormalizer"/>'s output) held as its raw zip records, so that copies with a
/// few parts replaced can be written without inflating or deflating the others: an unchanged entry's local record is
/// copied byte for byte, a replaced one is deflated the way <see cref="ZipArchive"/> deflates it
/// (<see cref="DeflateStream"/> at the package's level) and gets its CRC and sizes patched into headers otherwise
/// copied. The copy has the bytes the normalizer would write for the same parts.
/// </summary>
/// <remarks>
/// Only the layout the normalizer produces is accepted (no data descriptors, no Zip64, no extra fields, no comment,
/// deflated entries); <see cref="TryRead"/> says no to anything else, and callers then write the slow way.
/// </remarks>
internal sealed class StampedZip
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const int LocalHeaderSize = 30;
    private const int CentralHeaderSize = 46;
    private const int EndSize = 22;
    private const ushort Deflated = 8;

    private readonly Entry[] _entries;
    private readonly byte[] _end;

    private StampedZip(Entry[] entries, byte[] end)
    {
        _entries = entries;
        _end = end;
    }

    /// <summary>The entry names, in the package's order.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Name;
            }
        }
    }

    /// <summary>How the replaced parts are deflated (the normalizer's level for the package).</summary>
    public CompressionLevel Compression { get; init; } = CompressionLevel.Optimal;

    /// <summary>Reads the records of <paramref name="package"/>; null if it is not laid out as the normalizer writes.</summary>
    public static StampedZip? TryRead(byte[] package)
    {
        var data = package.AsSpan();
        if (data.Length < EndSize || BinaryPrimitives.ReadUInt32LittleEndian(data[^EndSize..]) != EndSignature ||
            BinaryPrimitives.ReadUInt16LittleEndian(data[^2..]) != 0)
        {
            return null;
        }

        var end = data[^EndSize..];
        var count = BinaryPrimitives.ReadUInt16LittleEndian(end[10..]);
        var centralSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(end[12..]);
        var centralOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
        if (centralOffset < 0 || centralSize < 0 || centralOffset + centralSize != data.Length - EndSize)
        {
            return null;
        }

        var entries = new Entry[count];
        var at = centralOffset;
        var expectedLocal = 0;
        for (var i = 0; i < count; i++)
        {
            if (at + CentralHeaderSize > data.Length || BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) != CentralHeaderSignature)
            {
                return null;
            }

            var header = data.Slice(at, CentralHeaderSize);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(header[8..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
            var compressedSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            var localOffset = (int)BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            if ((flags & 0x08) != 0 || method != Deflated || extraLength != 0 || commentLength != 0 || compressedSize < 0 ||
                localOffset != expectedLocal)
            {
                return null;
            }

            var local = data[localOffset..];
            if (local.Length < LocalHeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(local) != LocalHeaderSignature ||
                BinaryPrimitives.ReadUInt16LittleEndian(local[26..]) != nameLength || BinaryPrimitives.ReadUInt16LittleEndian(local[28..]) != 0)
            {
                return null;
            }

            var localLength = LocalHeaderSize + nameLength + compressedSize;
            var name = System.Text.Encoding.UTF8.GetString(data.Slice(at + CentralHeaderSize, nameLength));
            entries[i] = new Entry(name, data.Slice(localOffset, localLength).ToArray(), data.Slice(at, CentralHeaderSize + nameLength).ToArray());
            expectedLocal = localOffset + localLength;
            at += CentralHeaderSize + nameLength;
        }

        return expectedLocal == centralOffset ? new StampedZip(entries, end.ToArray()) : null;
    }

    /// <summary>
    /// Writes the package to <paramref name="output"/> with the parts in <paramref name="replaced"/> (by entry name) holding
    /// the given uncompressed bytes instead; every other entry as read.
    /// </summary>
    public void Write(Stream output, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> replaced)
    {
        var central = new List<byte[]>(_entries.Length);
        long offset = 0;
        foreach (var entry in _entries)
        {
            var centralRecord = (byte[])entry.Central.Clone();
            BinaryPrimitives.WriteUInt32LittleEndian(centralRecord.AsSpan(42), checked((uint)offset));
            if (replaced.TryGetValue(entry.Name, out var content))
            {
                var compressed = Deflate(content.Span, Compression);
                var crc = Crc32.Compute(content.Span);
                var header = entry.Local.AsSpan(0, entry.Local.Length - CompressedSizeOf(entry.Local)).ToArray();
                Patch(header.AsSpan(14), crc, compressed.Length, content.Length);
                Patch(centralRecord.AsSpan(16), crc, compressed.Length, content.Length);
                output.Write(header);
                output.Write(compressed);
                offset += header.Length + compressed.Length;
            }
            else
            {
                output.Write(entry.Local);
                offset += entry.Local.Length;
            }

            central.Add(centralRecord);
        }

        var centralOffset = offset;
        foreach (var record in central)
        {
            output.Write(record);
            offset += record.Length;
        }

        var end = (byte[])_end.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), checked((uint)(offset - centralOffset)));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), checked((uint)centralOffset));
        output.Write(end);
    }

    /// <summary>The uncompressed bytes of entry <paramref name="name"/>.</summary>
    public byte[] Content(string name)
    {
        var entry = Array.Find(_entries, e => e.Name == name) ?? throw new ArgumentException("The package has no part '" + name + "'.", nameof(name));
        var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(entry.Central.AsSpan(24));
        var compressed = CompressedSizeOf(entry.Local);
        using var source = new MemoryStream(entry.Local, entry.Local.Length - compressed, compressed, writable: false);
        using var inflate = new DeflateStream(source, CompressionMode.Decompress);
        var content = new byte[size];
        inflate.ReadExactly(content);
        return content;
    }

    private static int CompressedSizeOf(byte[] local) => (int)BinaryPrimitives.ReadUInt32LittleEndian(local.AsSpan(18));

    /// <summary>CRC-32, compressed size, uncompressed size: the same three fields in local and central headers.</summary>
    private static void Patch(Span<byte> fields, uint crc, int compressedSize, int size)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(fields, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[4..], checked((uint)compressedSize));
        BinaryPrimitives.WriteUInt32LittleEndian(fields[8..], checked((uint)size));
    }

    private static byte[] Deflate(ReadOnlySpan<byte> content, CompressionLevel level)
    {
        using var buffer = new MemoryStream(content.Length / 3 + 64);
        using (var deflate = new DeflateStream(buffer, level, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>One entry: its name, its local record (header, name, data) and its central record (header, name).</summary>
    private sealed record Entry(string Name, byte[] Local, byte[] Central);
}

/// <summary>The CRC-32 of zip entries (ISO 3309, reflected polynomial 0xEDB88320), table-driven.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
